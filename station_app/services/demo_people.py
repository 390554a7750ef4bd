"""Made-up people for the demo data: names, phones, addresses and valid resident ID numbers (GB 11643)."""

from __future__ import annotations

import datetime as dt
import random

from station_app.services import demo_text as T
from station_app.services.normalize import CREDIT_CHARS, credit_check_char, id_check_digit

REGION_CODES = ("620402", "620403", "620421", "620422", "620423")  # a prefecture's districts and counties
MOBILE_PREFIXES = ("133", "135", "136", "138", "139", "150", "151", "152", "157", "158", "177", "180", "181",
                   "186", "187", "189", "199")


class People:
    """Draws people from one random generator, so a seed always gives the same people."""

    def __init__(self, rng: random.Random, area_code: str = "0943"):
        self.rng = rng
        self.area_code = area_code

    def gender(self) -> str:
        return self.rng.choice(("男", "女"))

    def name(self, gender: str | None = None) -> str:
        gender = gender or self.gender()
        given = T.MALE_GIVEN if gender == "男" else T.FEMALE_GIVEN
        return self.rng.choice(T.SURNAMES) + self.rng.choice(given)

    def unique_names(self, count: int) -> list[tuple[str, str]]:
        """(name, gender) pairs, all names different."""
        out, seen = [], set()
        while len(out) < count:
            gender = self.gender()
            name = self.name(gender)
            if name not in seen:
                seen.add(name)
                out.append((name, gender))
        return out

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"

    def landline(self) -> str:
        return f"{self.area_code}-{self.rng.randrange(5000000, 8999999)}"

    def village_address(self, town: str) -> str:
        return f"{town}镇{self.rng.choice(T.VILLAGES)}{self.rng.randint(1, 9)}组{self.rng.randint(1, 88)}号"

    def town_address(self, town: str) -> str:
        if self.rng.random() < 0.5:
            return self.village_address(town)
        return (f"{town}镇{self.rng.choice(T.COMMUNITIES)}{self.rng.randint(1, 30)}号楼"
                f"{self.rng.randint(1, 6)}单元{self.rng.randint(1, 6)}0{self.rng.randint(1, 4)}室")

    def birth(self, age: int, on: dt.date) -> dt.date:
        return dt.date(on.year - age, 1, 1) + dt.timedelta(days=self.rng.randrange(365))

    def id_number(self, birth: dt.date, gender: str) -> str:
        """A resident ID number with a correct check digit; the 17th digit is odd for men, even for women."""
        seq = self.rng.randrange(0, 100) * 10 + (self.rng.choice((1, 3, 5, 7, 9)) if gender == "男"
                                                 else self.rng.choice((0, 2, 4, 6, 8)))
        first17 = f"{self.rng.choice(REGION_CODES)}{birth:%Y%m%d}{seq:03d}"
        return first17 + id_check_digit(first17)

    def credit_code(self, region: str = "620522") -> str:
        """A 统一社会信用代码 of a company (91…) with a correct GB 32100-2015 check character."""
        body = "".join(self.rng.choice(CREDIT_CHARS[:10] if i < 2 else CREDIT_CHARS) for i in range(9))
        first17 = f"91{region}{body}"
        return first17 + credit_check_char(first17)

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        if end <= start:
            return start
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    def weighted(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]
