// Iterators: filter with captured env, into_iter, custom Iterator impl, zip/skip/map/filter/sum.
#[derive(PartialEq, Debug)]
struct Shoe {
    size: u32,
    style: String,
}

fn shoes_in_size(shoes: Vec<Shoe>, shoe_size: u32) -> Vec<Shoe> {
    shoes.into_iter().filter(|s| s.size == shoe_size).collect()
}

struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let shoes = vec![
        Shoe { size: 10, style: String::from("sneaker") },
        Shoe { size: 13, style: String::from("sandal") },
        Shoe { size: 10, style: String::from("boot") },
    ];
    let mine = shoes_in_size(shoes, 10);
    println!("{:?}", mine);
    let styles: Vec<&str> = mine.iter().map(|s| s.style.as_str()).collect();
    println!("{}", styles.join("+"));
    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum {sum}");
    let v1 = vec![1, 2, 3];
    let mut it = v1.iter();
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());
    let total: i32 = v1.iter().sum();
    let v2: Vec<_> = v1.iter().map(|x| x + 1).collect();
    println!("{total} {:?}", v2);
    let c: Vec<u32> = Counter::new().collect();
    println!("{:?} count={}", c, Counter::new().count());
    println!("{:?}", Counter::new().max());
    println!("{:?}", Counter::new().position(|x| x == 4));
    println!("{:?}", Counter::new().fold(String::new(), |acc, x| acc + &x.to_string()));
    let evens: Vec<u32> = Counter::new().filter(|x| x % 2 == 0).collect();
    println!("{:?} any>4 {} all>0 {}", evens, Counter::new().any(|x| x > 4), Counter::new().all(|x| x > 0));
    let last = Counter::new().last();
    let nth = Counter::new().nth(2);
    println!("{:?} {:?}", last, nth);
    let mut words = vec!["delta", "alpha", "charlie", "bravo"];
    words.sort_by(|a, b| b.cmp(a));
    println!("{:?}", words);
    let lens: Vec<(usize, &str)> = words.iter().map(|w| (w.len(), *w)).collect();
    println!("{:?}", lens);
}
