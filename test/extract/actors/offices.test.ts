import { describe, expect, it } from 'vitest';
import { actorInfo, holderOf, officesOf } from '../../../src/extract/actors/index.ts';

const holders: Array<[string, string, string, string]> = [
  ['FOREIGN_MINISTER', 'russia', '2025-07-31', 'sergey-lavrov'],
  ['DEFENCE_MINISTER', 'russia', '2023-06-01', 'sergei-shoigu'],
  ['DEFENCE_MINISTER', 'russia', '2025-10-15', 'andrey-belousov'],
  ['HEAD_OF_STATE', 'syria', '2024-06-01', 'bashar-al-assad'],
  ['HEAD_OF_STATE', 'syria', '2025-10-15', 'ahmed-al-sharaa'],
  ['FOREIGN_MINISTER', 'syria', '2022-01-01', 'faisal-mekdad'],
  ['FOREIGN_MINISTER', 'syria', '2025-12-24', 'asaad-al-shaibani'],
  ['DEFENCE_MINISTER', 'syria', '2025-12-24', 'murhaf-abu-qasra'],
  ['HEAD_OF_STATE', 'iran', '2025-01-01', 'ali-khamenei'],
  ['HEAD_OF_GOVERNMENT', 'iran', '2022-01-01', 'ebrahim-raisi'],
  ['HEAD_OF_GOVERNMENT', 'iran', '2024-06-15', 'mohammad-mokhber'],
  ['FOREIGN_MINISTER', 'turkey', '2024-01-01', 'hakan-fidan'],
  ['HEAD_OF_GOVERNMENT', 'turkey', '2017-01-01', 'binali-yildirim'],
  ['HEAD_OF_GOVERNMENT', 'saudi-arabia', '2023-01-01', 'mohammed-bin-salman'],
  ['FOREIGN_MINISTER', 'egypt', '2020-01-01', 'sameh-shoukry'],
  ['HEAD_OF_GOVERNMENT', 'israel', '2022-01-01', 'naftali-bennett'],
  ['DEFENCE_MINISTER', 'israel', '2025-01-01', 'israel-katz'],
  ['HEAD_OF_GOVERNMENT', 'united-kingdom', '2022-10-01', 'liz-truss'],
  ['FOREIGN_MINISTER', 'china', '2023-05-01', 'qin-gang'],
  ['HEAD_OF_GOVERNMENT', 'germany', '2025-06-01', 'friedrich-merz'],
  ['SECRETARY_GENERAL', 'united-nations', '2016-06-01', 'ban-ki-moon'],
  ['SECRETARY_GENERAL', 'united-nations', '2025-06-01', 'antonio-guterres'],
  ['SECRETARY_GENERAL', 'arab-league', '2020-06-01', 'ahmed-aboul-gheit'],
  ['SECRETARY_GENERAL', 'hezbollah', '2023-01-01', 'hassan-nasrallah'],
  // Tenures are half-open: the successor holds the office on the day of the handover.
  ['HEAD_OF_STATE', 'united-states', '2025-01-19', 'joe-biden'],
  ['HEAD_OF_STATE', 'united-states', '2025-01-20', 'donald-trump'],
];

describe('offices', () => {
  it.each(holders)('%s of %s on %s is %s', (office, scope, date, id) => {
    expect(holderOf(office as 'HEAD_OF_STATE', scope, date)).toBe(id);
  });

  it('knows vacancies and unknown scopes', () => {
    expect(holderOf('HEAD_OF_STATE', 'lebanon', '2023-06-01')).toBeUndefined();
    expect(holderOf('HEAD_OF_STATE', 'atlantis', '2023-06-01')).toBeUndefined();
    expect(holderOf('HEAD_OF_STATE', 'russia', '1990-01-01')).toBeUndefined();
  });

  it('lists the offices held on a date', () => {
    expect(officesOf('sergey-lavrov', '2025-01-01')).toEqual([{ kind: 'FOREIGN_MINISTER', countryId: 'russia', title: 'Foreign Minister' }]);
    expect(officesOf('ahmed-al-sharaa', '2023-01-01')).toEqual([{ kind: 'OTHER', countryId: null, orgId: 'hayat-tahrir-al-sham', title: 'Leader' }]);
    expect(officesOf('donald-trump', '2022-01-01')).toEqual([]);
    expect(officesOf('donald-trump', '2025-03-01').map((o) => o.kind).sort()).toEqual(['HEAD_OF_GOVERNMENT', 'HEAD_OF_STATE']);
  });

  it('describes actors', () => {
    expect(actorInfo('vladimir-putin')).toEqual({ id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', countryId: 'russia' });
    expect(actorInfo('arab-states')).toMatchObject({ kind: 'GROUP' });
    expect(actorInfo('reuters')).toEqual({ id: 'reuters', name: 'Reuters', kind: 'ORGANIZATION', countryId: 'united-kingdom', media: true });
    expect(actorInfo('hamas')?.media).toBeUndefined();
    expect(actorInfo('nobody-at-all')).toBeUndefined();
  });

  it('refuses malformed dates', () => {
    expect(() => holderOf('HEAD_OF_STATE', 'russia', '2025-7-1')).toThrow(TypeError);
    expect(() => officesOf('vladimir-putin', 'yesterday')).toThrow(TypeError);
  });
});
