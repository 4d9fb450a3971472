// Collecting `take(n)` of a cycle: endless (lower bound usize::MAX) over a Vec's iterator, but 0 over a user iterator or a filter.
struct Countdown {
    n: u32,
}

#[derive(Clone)]
struct Letters<'a> {
    words: &'a [&'a str],
    i: usize,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        Some(self.n)
    }
}

impl Clone for Countdown {
    fn clone(&self) -> Self {
        Countdown { n: 3 }
    }
}

impl<'a> Iterator for Letters<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let w = self.words.get(self.i)?;
        self.i += 1;
        Some(w)
    }
}

fn main() {
    let from_vec: Vec<u32> = vec![1, 2, 3].iter().cycle().take(7).copied().collect();
    println!("{:?} cap {}", from_vec, from_vec.capacity());
    let user: Vec<u32> = Countdown { n: 3 }.cycle().take(7).collect();
    println!("{:?} cap {}", user, user.capacity());
    let stepped: Vec<u32> = Countdown { n: 3 }.cycle().step_by(2).take(5).collect();
    println!("{:?} cap {}", stepped, stepped.capacity());
    let filtered: Vec<i32> = (1..10).filter(|x| x % 4 == 0).cycle().take(5).collect();
    println!("{:?} cap {}", filtered, filtered.capacity());
    let words = ["a", "b", "c"];
    let letters: Vec<&str> = Letters { words: &words, i: 0 }.cycle().step_by(3).take(5).collect();
    println!("{:?} cap {}", letters, letters.capacity());
    let empty: Vec<u32> = Vec::<u32>::new().iter().cycle().take(4).copied().collect();
    println!("{:?} cap {}", empty, empty.capacity());
}
