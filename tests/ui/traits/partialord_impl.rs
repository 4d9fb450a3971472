// Hand-written PartialEq and PartialOrd used by ==, < and sort_by.
use std::cmp::Ordering;

#[derive(Debug)]
struct Player {
    name: &'static str,
    score: u32,
}

impl PartialEq for Player {
    fn eq(&self, other: &Self) -> bool {
        self.score == other.score
    }
}

impl PartialOrd for Player {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.score.partial_cmp(&other.score)
    }
}

fn main() {
    let a = Player { name: "a", score: 10 };
    let b = Player { name: "b", score: 10 };
    let c = Player { name: "c", score: 3 };
    println!("{} {} {}", a == b, c < a, a >= b);
    let mut all = vec![a, c, b];
    all.sort_by(|x, y| y.partial_cmp(x).unwrap());
    let names: Vec<_> = all.iter().map(|p| p.name).collect();
    println!("{names:?}");
}
