// Advent-style distress packets: a recursive enum parsed from nested lists with Peekable<Chars>, Ord by hand, sorting with dividers
use std::cmp::Ordering;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Packet {
    Int(u32),
    List(Vec<Packet>),
}

fn parse_packet(it: &mut Peekable<Chars>) -> Packet {
    if it.peek() == Some(&'[') {
        it.next();
        let mut items = Vec::new();
        loop {
            match it.peek() {
                Some(']') => {
                    it.next();
                    break;
                }
                Some(',') => {
                    it.next();
                }
                Some(_) => items.push(parse_packet(it)),
                None => break,
            }
        }
        Packet::List(items)
    } else {
        let mut n = 0;
        while let Some(d) = it.peek().and_then(|c| c.to_digit(10)) {
            n = n * 10 + d;
            it.next();
        }
        Packet::Int(n)
    }
}

impl Ord for Packet {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Packet::Int(a), Packet::Int(b)) => a.cmp(b),
            (Packet::List(a), Packet::List(b)) => a.cmp(b),
            (Packet::Int(a), Packet::List(_)) => Packet::List(vec![Packet::Int(*a)]).cmp(other),
            (Packet::List(_), Packet::Int(b)) => self.cmp(&Packet::List(vec![Packet::Int(*b)])),
        }
    }
}

impl PartialOrd for Packet {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

const PAIRS: &str = "[1,1,3,1,1]
[1,1,5,1,1]

[[1],[2,3,4]]
[[1],4]

[9]
[[8,7,6]]

[[4,4],4,4]
[[4,4],4,4,4]

[7,7,7,7]
[7,7,7]

[]
[3]

[[[]]]
[[]]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]";

fn parse(s: &str) -> Packet {
    parse_packet(&mut s.chars().peekable())
}

fn main() {
    let mut all = Vec::new();
    let mut in_order = 0;
    for (i, pair) in PAIRS.split("\n\n").enumerate() {
        let (a, b) = pair.split_once('\n').unwrap();
        let (a, b) = (parse(a), parse(b));
        let ord = a.cmp(&b);
        println!("pair {}: {:?}", i + 1, ord);
        if ord == Ordering::Less {
            in_order += i + 1;
        }
        all.push(a);
        all.push(b);
    }
    println!("part 1: {in_order}");
    let dividers = [parse("[[2]]"), parse("[[6]]")];
    all.extend(dividers.iter().cloned());
    all.sort();
    let key: usize = dividers
        .iter()
        .map(|d| all.iter().position(|p| p == d).unwrap() + 1)
        .product();
    println!("part 2: {key}");
    println!("smallest: {:?}", all.first().unwrap());
}
