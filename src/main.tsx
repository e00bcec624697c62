import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/index.css'
import { AppProviders } from './app/providers'
import { AppRouter } from './app/router'
import { guardLibraryStorageWrites } from './app/storage-guard'

guardLibraryStorageWrites()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
)
