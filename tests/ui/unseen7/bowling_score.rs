// Scoring ten-pin bowling games: frames with strikes and spares, validation errors as an enum.
#[derive(Debug, PartialEq)]
enum BowlingError {
    TooManyPins { frame: usize },
    Incomplete,
    TooManyRolls,
}

fn score(rolls: &[u16]) -> Result<u16, BowlingError> {
    let mut total = 0;
    let mut i = 0;
    for frame in 1..=10 {
        let first = *rolls.get(i).ok_or(BowlingError::Incomplete)?;
        if first > 10 {
            return Err(BowlingError::TooManyPins { frame });
        }
        if first == 10 {
            let a = *rolls.get(i + 1).ok_or(BowlingError::Incomplete)?;
            let b = *rolls.get(i + 2).ok_or(BowlingError::Incomplete)?;
            if a > 10 || b > 10 || (a != 10 && a + b > 10) {
                return Err(BowlingError::TooManyPins { frame });
            }
            total += 10 + a + b;
            i += 1;
            continue;
        }
        let second = *rolls.get(i + 1).ok_or(BowlingError::Incomplete)?;
        if first + second > 10 {
            return Err(BowlingError::TooManyPins { frame });
        }
        if first + second == 10 {
            let bonus = *rolls.get(i + 2).ok_or(BowlingError::Incomplete)?;
            total += 10 + bonus;
        } else {
            total += first + second;
        }
        i += 2;
    }
    let last_frame_extra = match rolls.get(i.wrapping_sub(1)) {
        _ if i >= 1 && rolls[i - 1] == 10 => 2,
        _ if i >= 2 && rolls[i - 2] + rolls[i - 1] == 10 => 1,
        _ => 0,
    };
    if rolls.len() > i + last_frame_extra {
        return Err(BowlingError::TooManyRolls);
    }
    Ok(total)
}

fn main() {
    let games: Vec<(&str, Vec<u16>)> = vec![
        ("gutter", vec![0; 20]),
        ("all ones", vec![1; 20]),
        ("perfect", vec![10; 12]),
        ("all spares", vec![5; 21]),
        ("mixed", vec![10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]),
        ("short", vec![10, 10]),
        ("cheat", vec![7, 6]),
        ("extra", vec![0; 21]),
    ];
    for (name, rolls) in &games {
        match score(rolls) {
            Ok(s) => println!("{:<10} {:>3}", name, s),
            Err(e) => println!("{:<10} error {:?}", name, e),
        }
    }
    let best = games.iter().filter_map(|(n, r)| score(r).ok().map(|s| (s, *n))).max();
    println!("best: {:?}", best);
}
