// max_by_key/min_by_key ties, max_by/min_by with partial_cmp on floats, last, nth, nth_back, rev over chars.
fn main() {
    let words = ["pear", "fig", "plum", "kiwi", "apple", "date"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len() % 4), words.iter().min_by_key(|w| w.len() % 4));
    println!("{:?} {:?}", words.iter().max(), words.iter().min());
    let temps = [21.5, 19.0, 23.25, 23.25, 18.75];
    let hot = temps.iter().cloned().fold(f64::MIN, f64::max);
    let cold = temps.iter().copied().min_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{} {:?}", hot, cold);
    let idx_max = temps.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map(|(i, _)| i);
    println!("{:?}", idx_max);
    let empty: [i32; 0] = [];
    println!("{:?} {:?}", empty.iter().max(), empty.iter().min_by_key(|x| **x));
    let v: Vec<i32> = (1..=10).collect();
    println!("{:?} {:?} {:?}", v.iter().last(), v.iter().nth(3), v.iter().nth(10));
    println!("{:?} {:?}", v.iter().nth_back(0), v.iter().nth_back(2));
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.nth(1), it.nth(1), it.next());
    println!("{:?} {:?}", it.nth_back(1), it.len());
    let s = "stressed";
    println!("{}", s.chars().rev().collect::<String>());
    println!("{:?}", s.chars().rev().nth(2));
    println!("{:?}", s.chars().max());
    let people = vec![("Ann", 31), ("Bob", 25), ("Cy", 31)];
    let oldest = people.iter().max_by_key(|p| p.1).unwrap();
    let youngest = people.iter().min_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0))).unwrap();
    println!("{:?} {:?}", oldest, youngest);
    println!("{:?}", people.iter().map(|p| p.1).max());
    println!("{:?}", (1..=5).map(|x| (x * 7) % 5).max());
    println!("{:?}", [3, 1, 2].iter().rev().min());
}
