// A custom Iterator (Collatz sequence) used with the standard adapters, plus an iterator over a struct's data.
struct Collatz {
    current: u64,
    done: bool,
}

impl Collatz {
    fn new(start: u64) -> Collatz {
        Collatz { current: start, done: start == 0 }
    }
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.done {
            return None;
        }
        let v = self.current;
        if v == 1 {
            self.done = true;
        } else if v % 2 == 0 {
            self.current = v / 2;
        } else {
            self.current = 3 * v + 1;
        }
        Some(v)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

struct Library {
    books: Vec<(String, u16)>,
}

impl Library {
    fn titles_after(&self, year: u16) -> impl Iterator<Item = &str> + '_ {
        self.books.iter().filter(move |(_, y)| *y > year).map(|(t, _)| t.as_str())
    }
}

fn main() {
    let seq: Vec<u64> = Collatz::new(6).collect();
    println!("{:?}", seq);
    println!("len of 27: {}", Collatz::new(27).count());
    println!("peak of 27: {:?}", Collatz::new(27).max());
    let (best, len) = (1..30u64).map(|n| (n, Collatz::new(n).count())).max_by_key(|&(_, l)| l).unwrap();
    println!("longest below 30: {best} with {len}");
    println!("empty: {:?}", Collatz::new(0).next());
    let evens: u64 = Collatz::new(7).filter(|x| x % 2 == 0).sum();
    println!("sum of evens from 7: {evens}");

    let cd: Vec<String> = Countdown(5).map(|n| n.to_string()).collect();
    println!("{}... liftoff", cd.join(", "));
    let zipped: Vec<(u32, u64)> = Countdown(3).zip(Collatz::new(3)).collect();
    println!("{:?}", zipped);
    let sum: u32 = Countdown(5).zip(Countdown(5).skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();
    println!("sum {sum}");
    let mut c = Countdown(2);
    println!("{:?} {:?} {:?} {:?}", c.next(), c.next(), c.next(), c.next());

    let lib = Library {
        books: vec![("Dune".to_string(), 1965), ("Neuromancer".into(), 1984), ("Hyperion".into(), 1989)],
    };
    let recent: Vec<&str> = lib.titles_after(1970).collect();
    println!("{:?}", recent);
    for (i, t) in lib.titles_after(1900).enumerate().skip(1) {
        println!("{i} {t}");
    }
}
