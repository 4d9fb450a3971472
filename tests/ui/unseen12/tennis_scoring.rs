// Tennis game scoring as an enum state machine: love to game, deuce and advantage, replayed over point sequences.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Player {
    A,
    B,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Score {
    Points(u8, u8),
    Deuce,
    Advantage(Player),
    Game(Player),
}

fn name(p: u8) -> &'static str {
    match p {
        0 => "love",
        1 => "15",
        2 => "30",
        _ => "40",
    }
}

impl Score {
    fn point(self, winner: Player) -> Score {
        match (self, winner) {
            (Score::Game(p), _) => Score::Game(p),
            (Score::Deuce, w) => Score::Advantage(w),
            (Score::Advantage(p), w) if p == w => Score::Game(w),
            (Score::Advantage(_), _) => Score::Deuce,
            (Score::Points(3, _), Player::A) => Score::Game(Player::A),
            (Score::Points(_, 3), Player::B) => Score::Game(Player::B),
            (Score::Points(a, b), Player::A) if a + 1 == 3 && b == 3 => Score::Deuce,
            (Score::Points(a, b), Player::B) if b + 1 == 3 && a == 3 => Score::Deuce,
            (Score::Points(a, b), Player::A) => Score::Points(a + 1, b),
            (Score::Points(a, b), Player::B) => Score::Points(a, b + 1),
        }
    }

    fn call(&self) -> String {
        match *self {
            Score::Points(a, b) if a == b => format!("{}-all", name(a)),
            Score::Points(a, b) => format!("{}-{}", name(a), name(b)),
            Score::Deuce => String::from("deuce"),
            Score::Advantage(p) => format!("advantage {:?}", p),
            Score::Game(p) => format!("game {:?}", p),
        }
    }
}

fn replay(points: &str) -> Score {
    let mut s = Score::Points(0, 0);
    let mut calls = Vec::new();
    for c in points.chars() {
        let w = if c == 'a' { Player::A } else { Player::B };
        s = s.point(w);
        calls.push(s.call());
    }
    println!("{:<12} {}", points, calls.join(", "));
    s
}

fn main() {
    replay("aaaa");
    replay("abab");
    replay("aaabbb");
    replay("aaabbbabba");
    let end = replay("bbbab");
    println!("final: {:?}", end);
    let games = ["aaaa", "bbbb", "ababaa", "aaabbbbb"];
    let a_wins = games.iter().filter(|g| {
        let mut s = Score::Points(0, 0);
        for c in g.chars() {
            s = s.point(if c == 'a' { Player::A } else { Player::B });
        }
        s == Score::Game(Player::A)
    }).count();
    println!("A won {} of {} games", a_wins, games.len());
}
