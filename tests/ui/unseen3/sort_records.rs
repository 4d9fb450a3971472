// Sorting records: sort_by_key, sort_unstable_by, Reverse, then_with, binary_search, dedup_by_key, chunks of sorted data.
use std::cmp::{Ordering, Reverse};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Runner {
    name: String,
    age: u8,
    time_s: u32,
}

fn fmt_time(t: u32) -> String {
    format!("{}:{:02}", t / 60, t % 60)
}

fn main() {
    let mut rs = vec![
        Runner { name: "Zoe".into(), age: 34, time_s: 1520 },
        Runner { name: "Abe".into(), age: 28, time_s: 1490 },
        Runner { name: "Kim".into(), age: 41, time_s: 1520 },
        Runner { name: "Lou".into(), age: 28, time_s: 1710 },
        Runner { name: "Ada".into(), age: 34, time_s: 1405 },
    ];
    rs.sort_by_key(|r| r.time_s);
    for (place, r) in rs.iter().enumerate() {
        println!("{:>2}. {:<4} {:>5}", place + 1, r.name, fmt_time(r.time_s));
    }
    rs.sort_by_key(|r| Reverse(r.age));
    println!("{:?}", rs.iter().map(|r| (&r.name[..], r.age)).collect::<Vec<_>>());
    rs.sort_unstable_by(|a, b| a.age.cmp(&b.age).then_with(|| b.time_s.cmp(&a.time_s)).then(a.name.cmp(&b.name)));
    println!("{:?}", rs.iter().map(|r| r.name.as_str()).collect::<Vec<_>>());
    rs.sort();
    println!("natural: {:?}", rs.iter().map(|r| &r.name).collect::<Vec<_>>());
    println!("min {:?}", rs.iter().min().map(|r| &r.name));

    let mut ages: Vec<u8> = rs.iter().map(|r| r.age).collect();
    ages.sort_unstable();
    ages.dedup();
    println!("ages {:?}", ages);
    for probe in [28, 30, 41, 50] {
        match ages.binary_search(&probe) {
            Ok(i) => println!("{probe} found at {i}"),
            Err(i) => println!("{probe} would go at {i}"),
        }
    }
    let mut by_age = rs.clone();
    by_age.sort_by(|a, b| a.age.cmp(&b.age));
    by_age.dedup_by_key(|r| r.age);
    println!("one per age: {:?}", by_age.iter().map(|r| &r.name).collect::<Vec<_>>());

    let mut floats = vec![2.5, -1.0, 9.75, 0.0, 3.25];
    floats.sort_by(|a, b| b.partial_cmp(a).unwrap_or(Ordering::Equal));
    println!("{:?}", floats);
    let mut words = vec!["banana", "Apple", "cherry", "apple", "Banana"];
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort();
    println!("{:?}", words);
    println!("{:?} {:?}", "abc".cmp("abd"), 3.cmp(&3));
    let mut nums = [5, 3, 8, 1, 9, 2];
    nums.sort_by(|a, b| b.cmp(a));
    println!("{:?} is_sorted desc: {}", nums, nums.windows(2).all(|w| w[0] >= w[1]));
    let top3: Vec<i32> = nums.iter().take(3).copied().collect();
    println!("top3 {:?}", top3);
    println!("{:?}", std::cmp::max("pear", "apple"));
    println!("{}", 7.clamp(1, 5));
}
