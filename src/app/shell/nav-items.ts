import type { SvgIconComponent } from '@mui/icons-material';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import ShoppingCartOutlined from '@mui/icons-material/ShoppingCartOutlined';
import WorkOutline from '@mui/icons-material/WorkOutlineOutlined';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: 'nav.home' | 'nav.incidents' | 'nav.orders' | 'nav.cases';
  icon: SvgIconComponent;
  end?: boolean;
}

/** Only pages that work are listed. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', icon: HomeOutlined, end: true },
  { to: '/incidents', label: 'nav.incidents', icon: ReportProblemOutlined },
  { to: '/orders', label: 'nav.orders', icon: ShoppingCartOutlined },
  { to: '/cases', label: 'nav.cases', icon: WorkOutline },
];
