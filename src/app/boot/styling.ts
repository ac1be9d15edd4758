// A start-up stage (see loadProvider in main.tsx): importing it runs the styling engine's file.
// vite.config.ts keeps it in that file ('ui-engine'), so it costs no request of its own.
export { createTheme } from '@mui/material/styles';
