// Advent-style rock paper scissors: enums with impl blocks, a strategy guide parsed char by char, two scoring rules
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Rock,
    Paper,
    Scissors,
}

#[derive(Debug, Clone, Copy)]
enum Outcome {
    Lose,
    Draw,
    Win,
}

impl Shape {
    fn from_char(c: char) -> Option<Shape> {
        match c {
            'A' | 'X' => Some(Shape::Rock),
            'B' | 'Y' => Some(Shape::Paper),
            'C' | 'Z' => Some(Shape::Scissors),
            _ => None,
        }
    }
    fn score(self) -> u32 {
        match self {
            Shape::Rock => 1,
            Shape::Paper => 2,
            Shape::Scissors => 3,
        }
    }
    fn beats(self) -> Shape {
        match self {
            Shape::Rock => Shape::Scissors,
            Shape::Paper => Shape::Rock,
            Shape::Scissors => Shape::Paper,
        }
    }
    fn loses_to(self) -> Shape {
        match self {
            Shape::Rock => Shape::Paper,
            Shape::Paper => Shape::Scissors,
            Shape::Scissors => Shape::Rock,
        }
    }
    fn play(self, other: Shape) -> Outcome {
        if self == other {
            Outcome::Draw
        } else if self.beats() == other {
            Outcome::Win
        } else {
            Outcome::Lose
        }
    }
}

impl Outcome {
    fn from_char(c: char) -> Outcome {
        match c {
            'X' => Outcome::Lose,
            'Y' => Outcome::Draw,
            _ => Outcome::Win,
        }
    }
    fn score(self) -> u32 {
        match self {
            Outcome::Lose => 0,
            Outcome::Draw => 3,
            Outcome::Win => 6,
        }
    }
}

const GUIDE: &str = "A Y\nB X\nC Z\nA Z\nC X\nB Y";

fn main() {
    let rounds: Vec<(char, char)> = GUIDE
        .lines()
        .filter_map(|l| {
            let mut cs = l.chars().filter(|c| !c.is_whitespace());
            Some((cs.next()?, cs.next()?))
        })
        .collect();
    let mut part1 = 0;
    let mut part2 = 0;
    for &(them, me) in &rounds {
        let theirs = Shape::from_char(them).unwrap();
        let mine = Shape::from_char(me).unwrap();
        let outcome = mine.play(theirs);
        part1 += mine.score() + outcome.score();
        let wanted = Outcome::from_char(me);
        let pick = match wanted {
            Outcome::Lose => theirs.beats(),
            Outcome::Draw => theirs,
            Outcome::Win => theirs.loses_to(),
        };
        part2 += pick.score() + wanted.score();
        println!("{:?} vs {:?}: {:?}, then play {:?} to {:?}", theirs, mine, outcome, pick, wanted);
    }
    println!("part 1: {part1}");
    println!("part 2: {part2}");
}
