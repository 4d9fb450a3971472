// Chapter 13: iterators, into_iter with filter capturing the environment, and a Counter iterator.
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
    let in_my_size = shoes_in_size(shoes, 10);
    println!("{:?}", in_my_size);
    let v1 = vec![1, 2, 3];
    let mut v1_iter = v1.iter();
    println!("{:?} {:?}", v1_iter.next(), v1_iter.next());
    let total: i32 = v1.iter().sum();
    let v2: Vec<_> = v1.iter().map(|x| x + 1).collect();
    println!("{total} {v2:?}");
    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum {sum}");
    let c: Vec<u32> = Counter::new().collect();
    println!("{:?} max {:?}", c, Counter::new().max());
    let evens: Vec<String> = (1..=10).filter(|n| n % 2 == 0).map(|n| n.to_string()).collect();
    println!("{}", evens.join("+"));
    let (small, big): (Vec<i32>, Vec<i32>) = vec![5, 12, 3, 40].into_iter().partition(|&x| x < 10);
    println!("{small:?} {big:?}");
}
