import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useColorScheme } from '@mui/material/styles';
import Settings from '@mui/icons-material/SettingsOutlined';
import { useEverTrue } from '@/lib/use-ever-true';
import { LANGUAGES, switchLanguage } from '../i18n';

const MODES = ['system', 'light', 'dark'] as const;

/** Language and light/dark mode. */
export function PreferencesMenu() {
  const { t, i18n } = useTranslation();
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const menuUsed = useEverTrue(anchor !== null);
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={t('shell.preferences')}
        title={t('shell.preferences')}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <Settings />
      </IconButton>
      {menuUsed && (
        <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
          <ListSubheader component="div" role="presentation">
            {t('shell.language')}
          </ListSubheader>
          {LANGUAGES.map((lng) => (
            <MenuItem
              key={lng}
              lang={lng}
              role="menuitemradio"
              aria-checked={i18n.language === lng}
              selected={i18n.language === lng}
              onClick={() => {
                void switchLanguage(lng);
                setAnchor(null);
              }}
            >
              {t(`languages.${lng}`)}
            </MenuItem>
          ))}
          <ListSubheader component="div" role="presentation">
            {t('shell.appearance')}
          </ListSubheader>
          {MODES.map((m) => (
            <MenuItem
              key={m}
              role="menuitemradio"
              aria-checked={(mode ?? 'system') === m}
              selected={(mode ?? 'system') === m}
              onClick={() => {
                setMode(m);
                setAnchor(null);
              }}
            >
              {t(`shell.mode.${m}`)}
            </MenuItem>
          ))}
        </Menu>
      )}
    </>
  );
}
