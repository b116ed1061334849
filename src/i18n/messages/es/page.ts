import type en from '../en/page';

const page = {
  description:
    'Role Fit: decide si tu empresa debe contratar a un Product Owner, a un Product Manager, a ambos o a una persona que cubra los dos roles.',
} satisfies typeof en;
export default page;
