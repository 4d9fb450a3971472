// try_fold with checked_add and with Result errors, reduce, fold into a String, last, nth, sum and product of f64, count and min_by with partial_cmp.
fn main() {
    let small = [10u8, 20, 30];
    let big = [100u8, 100, 100];
    println!("{:?} {:?}", small.iter().try_fold(0u8, |a, &x| a.checked_add(x)), big.iter().try_fold(0u8, |a, &x| a.checked_add(x)));
    let strs = ["4", "5", "x6", "7"];
    let r: Result<i32, String> = strs.iter().try_fold(0, |acc, s| s.parse::<i32>().map(|n| acc + n).map_err(|e| format!("{}: {}", s, e)));
    println!("{:?}", r);
    let r2: Result<i32, String> = strs[..2].iter().try_fold(0, |acc, s| s.parse::<i32>().map(|n| acc * 10 + n).map_err(|e| e.to_string()));
    println!("{:?}", r2);
    println!("{:?} {:?}", (1..=5).reduce(|a, b| a * b), (0..0).reduce(|a: i32, b| a + b));
    let longest = ["aa", "bbbb", "c", "dddd"].into_iter().reduce(|a, b| if b.len() > a.len() { b } else { a });
    println!("{:?}", longest);
    let csv = (1..=5).fold(String::new(), |mut s, x| { if !s.is_empty() { s.push(','); } s += &x.to_string(); s });
    println!("{} cap {}", csv, csv.capacity());
    println!("{:?} {:?} {:?}", (1..10).last(), (1..10).nth(3), (1..3).nth(5));
    let mut it = 10..20;
    println!("{:?} {:?} {:?}", it.nth(2), it.nth(0), it.next());
    let xs = [1.5f64, 2.25, -0.75, 4.0];
    let sum: f64 = xs.iter().sum();
    let prod: f64 = xs.iter().product();
    println!("{} {} {}", sum, prod, sum / xs.len() as f64);
    let mn = xs.iter().copied().min_by(|a, b| a.partial_cmp(b).unwrap());
    let mx = xs.iter().copied().max_by(|a, b| a.total_cmp(b));
    println!("{:?} {:?}", mn, mx);
    let empty: [f64; 0] = [];
    println!("{} {}", empty.iter().sum::<f64>(), empty.iter().product::<f64>());
    println!("{}", (1..=20u64).product::<u64>());
    println!("{}", (1..=4).map(|x| x as f64 * 0.1).sum::<f64>());
}
