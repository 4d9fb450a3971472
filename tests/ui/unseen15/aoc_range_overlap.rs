// Advent-style section ranges: "2-4,6-8" parsed with split_once and a FromStr impl, containment and overlap counts
use std::str::FromStr;

#[derive(Debug, Clone, Copy)]
struct Range {
    lo: u32,
    hi: u32,
}

#[derive(Debug)]
enum ParseError {
    MissingDash(String),
    BadNumber(String),
}

impl FromStr for Range {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (a, b) = s.split_once('-').ok_or_else(|| ParseError::MissingDash(s.to_string()))?;
        let lo = a.parse().map_err(|_| ParseError::BadNumber(a.to_string()))?;
        let hi = b.parse().map_err(|_| ParseError::BadNumber(b.to_string()))?;
        Ok(Range { lo, hi })
    }
}

impl Range {
    fn contains(&self, other: &Range) -> bool {
        self.lo <= other.lo && other.hi <= self.hi
    }
    fn overlaps(&self, other: &Range) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
    fn len(&self) -> u32 {
        self.hi - self.lo + 1
    }
}

const PAIRS: &str = "2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8
10-12,x-3
7,9-10";

fn main() {
    let mut pairs = Vec::new();
    for (n, line) in PAIRS.lines().enumerate() {
        let Some((l, r)) = line.split_once(',') else {
            println!("line {}: no comma", n + 1);
            continue;
        };
        match (l.parse::<Range>(), r.parse::<Range>()) {
            (Ok(a), Ok(b)) => pairs.push((a, b)),
            (Err(e), _) | (_, Err(e)) => println!("line {}: {:?}", n + 1, e),
        }
    }
    let contained = pairs.iter().filter(|(a, b)| a.contains(b) || b.contains(a)).count();
    let overlapping = pairs.iter().filter(|(a, b)| a.overlaps(b)).count();
    println!("valid pairs: {}", pairs.len());
    println!("part 1: {contained}");
    println!("part 2: {overlapping}");
    let widest = pairs.iter().flat_map(|(a, b)| [*a, *b]).max_by_key(|r| r.len()).unwrap();
    println!("widest: {:?} ({} sections)", widest, widest.len());
}
