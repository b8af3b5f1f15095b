import {
  ageInYears,
  endOfMonthDay,
  firstDayAfterMonths,
  isIsoDate,
  toDay,
  toIsoDate,
  tryParseDay,
  DomainInputError,
} from '../../src/domain';
import fc from 'fast-check';

describe('dates', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
    ['abcd-ef-gh', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  test('day numbers start at 1970-01-01 and round-trip', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('2024-02-27') - toDay('2024-02-26')).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        expect(toDay(toIsoDate(n))).toBe(n);
        expect(tryParseDay(toIsoDate(n))).toBe(n);
      }),
    );
  });

  test('toDay rejects bad input with the path', () => {
    expect(() => toDay('2024-02-30', 'x.y')).toThrow(DomainInputError);
    expect(() => toDay('2024-02-30', 'x.y')).toThrow(/x\.y/);
  });

  test.each([
    // start, months, first day after the period (§§ 187 (2), 188 (2), (3) BGB)
    ['2021-03-15', 36, '2024-03-15'],
    ['2022-08-01', 18, '2024-02-01'],
    ['2016-11-30', 15, '2018-03-01'], // 30 February does not exist
    ['2020-02-29', 12, '2021-03-01'],
    ['2021-03-31', 18, '2022-10-01'],
    ['2021-01-31', 1, '2021-03-01'],
  ])('firstDayAfterMonths(%s, %i) = %s', (start, months, expected) => {
    expect(toIsoDate(firstDayAfterMonths(toDay(start), months))).toBe(expected);
  });

  test.each([
    ['2010-03-01', '2016-02-29', 5],
    ['2010-03-01', '2016-03-01', 6],
    ['2012-02-29', '2018-02-28', 5],
    ['2012-02-29', '2018-03-01', 6],
  ])('age of someone born %s on %s is %i', (birth, on, age) => {
    expect(ageInYears(toDay(birth), toDay(on))).toBe(age);
  });

  test('end of month', () => {
    expect(toIsoDate(endOfMonthDay(toDay('2024-02-10')))).toBe('2024-02-29');
    expect(toIsoDate(endOfMonthDay(toDay('2023-02-10')))).toBe('2023-02-28');
  });
});
