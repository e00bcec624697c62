/** Setup of the `dom` Vitest project: unmount what each test rendered (Vitest has no globals here). */
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())
