// Traps in English news pages.
import { describe } from 'vitest';
import { itFindsNothingIn } from '../time-test-util.ts';

const TRAPS = [
  'May God help us',
  'it may rain',
  'a march on Washington',
  'Marchers gathered',
  'The Mayor said',
  'a dinner at Mar-a-Lago',
  'Oct',
  'in 2000 homes',
  'in 1500 troops'.replace('in ', 'sent in '),
  'over the last week',
  'for the past year',
  'during the last month',
  '03/10/2025',
  'Call 555-1234',
  'at 10:30',
  'page 1 of 20',
  'version 2.0.1',
  '$1,500',
  '1,000 people',
  'the 2019 election',
  '2019',
  'room 1404',
  'days ago',
  'Dec.',
  'today\'s'.replace("today's", 'todays'),
];

describe('English date traps', () => {
  itFindsNothingIn('en', '2025-10-15', TRAPS);
});
