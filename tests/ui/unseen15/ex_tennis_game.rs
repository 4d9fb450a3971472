// Exercism-style tennis scoring: a state machine enum with Point and Player, transitions consumed by value, scores printed with Display
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Player {
    One,
    Two,
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Point {
    Love,
    Fifteen,
    Thirty,
    Forty,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Score {
    Points(Point, Point),
    Deuce,
    Advantage(Player),
    Game(Player),
}

impl Point {
    fn next(self) -> Option<Point> {
        match self {
            Point::Love => Some(Point::Fifteen),
            Point::Fifteen => Some(Point::Thirty),
            Point::Thirty => Some(Point::Forty),
            Point::Forty => None,
        }
    }
}

impl Score {
    fn won_by(self, p: Player) -> Score {
        match (self, p) {
            (Score::Points(a, b), Player::One) => match a.next() {
                Some(Point::Forty) if b == Point::Forty => Score::Deuce,
                Some(n) => Score::Points(n, b),
                None => Score::Game(Player::One),
            },
            (Score::Points(a, b), Player::Two) => match b.next() {
                Some(Point::Forty) if a == Point::Forty => Score::Deuce,
                Some(n) => Score::Points(a, n),
                None => Score::Game(Player::Two),
            },
            (Score::Deuce, p) => Score::Advantage(p),
            (Score::Advantage(q), p) if q == p => Score::Game(p),
            (Score::Advantage(_), _) => Score::Deuce,
            (g @ Score::Game(_), _) => g,
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Score::Points(a, b) if a == b => write!(f, "{:?}-all", a),
            Score::Points(a, b) => write!(f, "{:?}-{:?}", a, b),
            Score::Deuce => write!(f, "deuce"),
            Score::Advantage(p) => write!(f, "advantage {:?}", p),
            Score::Game(p) => write!(f, "game {:?}", p),
        }
    }
}

fn play(rallies: &str) -> Score {
    let mut score = Score::Points(Point::Love, Point::Love);
    let mut trail = Vec::new();
    for c in rallies.chars() {
        let p = if c == '1' { Player::One } else { Player::Two };
        score = score.won_by(p);
        trail.push(score.to_string());
        if let Score::Game(_) = score {
            break;
        }
    }
    println!("{rallies}: {}", trail.join(" | "));
    score
}

fn main() {
    let games = ["1111", "2121", "121212", "12121211", "1212122122", "22221"];
    let winners: Vec<Score> = games.iter().map(|g| play(g)).collect();
    let ones = winners.iter().filter(|s| **s == Score::Game(Player::One)).count();
    println!("player one won {ones} of {}", winners.len());
    println!("thirty before forty: {}", Point::Thirty < Point::Forty);
}
