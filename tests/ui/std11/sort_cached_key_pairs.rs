// sort_by_cached_key: keys computed once, kept with u32 or usize indices (heap figures), stable order.
#[derive(Debug)]
struct Book {
    title: String,
    year: u16,
}

fn main() {
    let mut nums: Vec<u32> = (0..300).map(|i| (i * 7919) % 301).collect();
    let mut calls = 0;
    nums.sort_by_cached_key(|x| {
        calls += 1;
        (*x % 10) as u8
    });
    println!("{} calls, first {:?}, last {:?}", calls, &nums[..6], &nums[294..]);
    let mut words = vec!["delta", "Alpha", "charlie", "bravo", "Echo", "alpha"];
    words.sort_by_cached_key(|w| w.to_lowercase());
    println!("{:?}", words);
    let mut books = vec![
        Book { title: "Dune".to_string(), year: 1965 },
        Book { title: "Neuromancer".to_string(), year: 1984 },
        Book { title: "Foundation".to_string(), year: 1951 },
        Book { title: "Hyperion".to_string(), year: 1989 },
    ];
    books.sort_by_cached_key(|b| b.title.len());
    for b in &books {
        println!("{:<12} {}", b.title, b.year);
    }
    books.sort_by_cached_key(|b| std::cmp::Reverse(b.year));
    println!("{:?}", books.iter().map(|b| b.year).collect::<Vec<_>>());
    let mut one = vec![5];
    one.sort_by_cached_key(|x| *x);
    let mut floats = vec![2.5f64, -1.0, 9.75, 0.5];
    floats.sort_by_cached_key(|f| (f * 100.0) as i64);
    println!("{:?} {:?}", one, floats);
}
