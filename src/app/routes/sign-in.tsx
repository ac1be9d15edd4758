import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { DEMO_USERS } from '@/config/demo-users';
import { usePageTitle } from '@/components/use-page-title';
import { useSession } from '../session';
import { safeRedirect, signInAs } from '../sign-in-as';
import { PreferencesMenu } from '../shell/preferences-menu';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [userName, setUserName] = useState(DEMO_USERS[0]?.userName ?? '');
  const redirect = safeRedirect(params.get('redirect'));
  // Signed out: the page focus was on is gone; the keyboard starts again at this one's top (on a
  // first visit the browser's own start is kept).
  const main = useRef<HTMLElement>(null);
  const signedOut = (useLocation().state as { signedOut?: boolean } | null)?.signedOut === true;
  useEffect(() => {
    if (signedOut) main.current?.focus({ preventScroll: true });
  }, [signedOut]);
  if (session) return <Navigate to={redirect} replace />;

  return (
    <Box
      component="main"
      ref={main}
      tabIndex={-1}
      sx={{
        outline: 'none',
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 2,
        bgcolor: 'background.default',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <PreferencesMenu />
      </Box>
      <Card sx={{ maxWidth: 480, width: '100%' }} variant="outlined">
        <CardContent
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            const user = DEMO_USERS.find((u) => u.userName === userName);
            if (!user) return;
            signInAs(user);
            void navigate(redirect, { replace: true });
          }}
          sx={{ display: 'grid', gap: 2, p: 3 }}
        >
          <Typography variant="h1">{t('app.name')}</Typography>
          <Typography color="textSecondary">{t('signIn.intro')}</Typography>
          <FormControl>
            <FormLabel id="demo-user-label">{t('signIn.chooseUser')}</FormLabel>
            <RadioGroup
              aria-labelledby="demo-user-label"
              value={userName}
              onChange={(e) => setUserName(e.target.value)}
            >
              {DEMO_USERS.map((u) => (
                <FormControlLabel
                  key={u.userName}
                  value={u.userName}
                  control={<Radio />}
                  label={
                    <span>
                      {u.userName}
                      <Typography component="span" variant="body2" color="textSecondary">
                        {' '}
                        · {t(`roles.${u.role}`)} · {u.organizationName}
                      </Typography>
                    </span>
                  }
                />
              ))}
            </RadioGroup>
          </FormControl>
          <Button type="submit" variant="contained" size="large">
            {t('signIn.submit')}
          </Button>
          <Typography variant="body2" color="textSecondary">
            {t('signIn.sandboxNote')}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
}

export const Component = SignInPage;
