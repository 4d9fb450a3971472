// Hand-written iterators over borrowed slices: pairs, chunks of a word list, and a running-max adaptor generic over I.
struct Pairs<'a, T> {
    data: &'a [T],
    pos: usize,
}

impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);
    fn next(&mut self) -> Option<Self::Item> {
        if self.pos + 1 >= self.data.len() {
            return None;
        }
        let p = (&self.data[self.pos], &self.data[self.pos + 1]);
        self.pos += 1;
        Some(p)
    }
}

fn pairs<T>(data: &[T]) -> Pairs<'_, T> {
    Pairs { data, pos: 0 }
}

struct Words<'s> {
    rest: &'s str,
}

impl<'s> Iterator for Words<'s> {
    type Item = &'s str;
    fn next(&mut self) -> Option<&'s str> {
        let trimmed = self.rest.trim_start_matches(|c: char| !c.is_alphanumeric());
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(|c: char| !c.is_alphanumeric()).unwrap_or(trimmed.len());
        let (word, rest) = trimmed.split_at(end);
        self.rest = rest;
        Some(word)
    }
}

struct RunningMax<I: Iterator> {
    inner: I,
    best: Option<I::Item>,
}

impl<I> Iterator for RunningMax<I>
where
    I: Iterator,
    I::Item: PartialOrd + Copy,
{
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let x = self.inner.next()?;
        let b = match self.best {
            Some(b) if b >= x => b,
            _ => x,
        };
        self.best = Some(b);
        Some(b)
    }
}

fn running_max<I: Iterator>(inner: I) -> RunningMax<I> {
    RunningMax { inner, best: None }
}

fn main() {
    let temps = [12.5, 14.0, 13.2, 17.8, 16.1, 18.0];
    let rises: Vec<String> = pairs(&temps)
        .filter(|(a, b)| b > a)
        .map(|(a, b)| format!("{}->{}", a, b))
        .collect();
    println!("rises: {:?}", rises);
    let names = vec!["ann".to_string(), "bob".to_string(), "cy".to_string()];
    for (a, b) in pairs(&names) {
        println!("{} meets {}", a, b);
    }
    println!("pairs of one: {}", pairs(&[1]).count());
    let text = "  Hello, world! This -- is   a test...of words ";
    let ws = Words { rest: text };
    let collected: Vec<&str> = ws.collect();
    println!("{:?}", collected);
    let longest = Words { rest: text }.max_by_key(|w| w.len());
    println!("longest: {:?}", longest);
    let maxes: Vec<i32> = running_max([3, 1, 4, 1, 5, 9, 2, 6].into_iter()).collect();
    println!("running max: {:?}", maxes);
    let fmax: Vec<f64> = running_max(temps.iter().copied()).collect();
    println!("running max temp: {:?}", fmax);
}
