// Imported first by main.tsx, so it runs before any other application module.
import { BootMark, markOnce } from '@/lib/boot-marks'

markOnce(BootMark.script)
