// A start-up stage (see loadProvider in main.tsx): importing it runs the UI kit's file.
// vite.config.ts keeps it in that file ('ui-kit'), so it costs no request of its own.
export { default as Button } from '@mui/material/Button';
