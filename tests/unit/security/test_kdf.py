"""Argon2id parameters: calibrated within the bounds that a slot or sealed file may carry."""

from __future__ import annotations

import pytest

from vertrouwenspersoon.security import kdf


def test_calibration_meets_the_minimum_and_stays_within_the_accepted_bounds() -> None:
    params = kdf.calibrate(target_seconds=0.05)
    assert params.memory_kib >= 64 * 1024
    assert kdf.KdfParams.from_dict(params.to_dict()) == params


@pytest.mark.parametrize(
    "change",
    [{"memory_kib": 4 * 1024 * 1024}, {"time_cost": 1000}, {"parallelism": 0}, {"name": "scrypt"}],
)
def test_parameters_a_hostile_file_could_use_to_stall_the_machine_are_refused(change: dict) -> None:
    data = {**kdf.weak_params_for_tests().to_dict(), **change}
    with pytest.raises(ValueError):
        kdf.KdfParams.from_dict(data)


def test_the_same_passphrase_in_another_unicode_form_derives_the_same_key() -> None:
    params = kdf.weak_params_for_tests()
    assert kdf.derive("café", params) == kdf.derive("cafe\u0301", params)
