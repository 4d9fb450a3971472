// map, filter, filter_map, take, skip, step_by, chain, rev, enumerate, zip.
fn main() {
    let v: Vec<i32> = (1..=10).collect();
    println!("{:?}", v.iter().map(|x| x * x).collect::<Vec<_>>());
    println!("{:?}", v.iter().filter(|&&x| x % 3 == 0).collect::<Vec<_>>());
    println!("{:?}", ["1", "a", "3"].iter().filter_map(|s| s.parse::<i32>().ok()).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip(2).take(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(4).collect::<Vec<_>>());
    println!("{:?}", (1..3).chain(7..9).collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().take(2).collect::<Vec<_>>());
    println!("{:?}", "abc".chars().enumerate().collect::<Vec<_>>());
    println!("{:?}", "abc".chars().zip(1..).collect::<Vec<_>>());
    println!("{:?}", v.iter().take_while(|&&x| x < 4).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip_while(|&&x| x < 8).collect::<Vec<_>>());
}
