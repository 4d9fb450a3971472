// Custom Iterator impls (a countdown, a digit splitter, a pair walker) combined with std adapters.
struct Countdown {
    from: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.from == 0 {
            None
        } else {
            self.from -= 1;
            Some(self.from + 1)
        }
    }
}

struct Digits {
    n: u64,
    done: bool,
}

fn digits(n: u64) -> Digits {
    Digits { n, done: false }
}

impl Iterator for Digits {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.done {
            return None;
        }
        let d = (self.n % 10) as u8;
        self.n /= 10;
        if self.n == 0 {
            self.done = true;
        }
        Some(d)
    }
}

struct Pairs<'a, T> {
    items: &'a [T],
    i: usize,
}

impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);
    fn next(&mut self) -> Option<Self::Item> {
        if self.i + 1 >= self.items.len() {
            return None;
        }
        let pair = (&self.items[self.i], &self.items[self.i + 1]);
        self.i += 1;
        Some(pair)
    }
}

fn main() {
    let launch: Vec<String> = Countdown { from: 5 }.map(|n| n.to_string()).collect();
    println!("{} liftoff!", launch.join("..."));
    let even_sum: u32 = Countdown { from: 10 }.filter(|n| n % 2 == 0).sum();
    println!("even sum: {}", even_sum);
    let zipped: Vec<(u32, char)> = Countdown { from: 3 }.zip("abc".chars()).collect();
    println!("{:?}", zipped);

    for n in [0u64, 7, 1234, 9_876_543_210] {
        let ds: Vec<u8> = digits(n).collect();
        let sum: u32 = digits(n).map(|d| d as u32).sum();
        let reversed: String = digits(n).map(|d| char::from(b'0' + d)).collect();
        println!("{:>10}: digits {:?} sum {} reversed {}", n, ds, sum, reversed);
    }

    let temps = [12, 15, 14, 18, 21, 19, 25];
    let rises: Vec<i32> = Pairs { items: &temps, i: 0 }.map(|(a, b)| b - a).collect();
    println!("changes: {:?}", rises);
    let biggest = Pairs { items: &temps, i: 0 }.max_by_key(|(a, b)| *b - *a).unwrap();
    println!("biggest rise: {} -> {}", biggest.0, biggest.1);
    let words = ["apple", "banana", "cherry"];
    for (a, b) in (Pairs { items: &words, i: 0 }) {
        println!("{} then {}", a, b);
    }
    let mut cd = Countdown { from: 4 };
    cd.next();
    let rest: Vec<u32> = cd.by_ref().take(2).collect();
    println!("took {:?}, left {:?}", rest, cd.collect::<Vec<_>>());
}
