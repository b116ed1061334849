import type en from '../en/page';

const page = {
  description:
    'Role Fit: Entscheiden Sie, ob Ihr Unternehmen einen Product Owner, einen Product Manager, beide oder eine Person für beide Rollen einstellen sollte.',
} satisfies typeof en;
export default page;
