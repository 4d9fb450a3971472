// sum/product of floats and integers, of Option and Result, try_fold with checked arithmetic, reduce, count, fold into strings.
fn main() {
    let f = [0.1f64, 0.2, 0.3];
    println!("{} {}", f.iter().sum::<f64>(), f.iter().product::<f64>());
    let e: [f64; 0] = [];
    println!("{} {}", e.iter().sum::<f64>(), e.iter().product::<f64>());
    println!("{} {}", (1..=10).product::<u64>(), (1..=100).sum::<u32>());
    let opts = [Some(2), Some(3), Some(4)];
    let s: Option<i32> = opts.iter().copied().sum();
    let p: Option<i32> = opts.iter().copied().product();
    println!("{:?} {:?}", s, p);
    let with_none = [Some(1), None, Some(3)];
    println!("{:?}", with_none.iter().copied().sum::<Option<i32>>());
    let rs: Result<i32, String> = ["1", "2", "3"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).sum();
    println!("{:?}", rs);
    let bad: Result<i32, String> = ["1", "zz", "3"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).sum();
    println!("{:?}", bad);
    let total = [100u8, 100, 50].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    let total2 = [100u8, 100, 60].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", total, total2);
    let r: Result<i32, String> = (1..=5).try_fold(0, |acc, x| if x == 4 { Err(format!("stopped at {}", x)) } else { Ok(acc + x) });
    println!("{:?}", r);
    println!("{:?} {:?}", (1..=4).reduce(|a, b| a * b), (0..0).reduce(|a: i32, b| a + b));
    let longest = ["a", "abc", "ab"].iter().copied().reduce(|a, b| if b.len() > a.len() { b } else { a });
    println!("{:?}", longest);
    println!("{} {}", "hello world".split(' ').count(), (0..100).filter(|n| n % 7 == 0).count());
    let csv = [1, 2, 3].iter().fold(String::new(), |mut acc, x| { if !acc.is_empty() { acc.push(','); } acc.push_str(&x.to_string()); acc });
    println!("{} cap {}", csv, csv.capacity());
    let mean = { let v = [2.0, 4.0, 9.0]; v.iter().sum::<f64>() / v.len() as f64 };
    println!("{:.3}", mean);
    let fsum: f32 = [0.1f32; 10].iter().sum();
    println!("{}", fsum);
    let rev_digits = 1234u32.to_string().chars().rev().fold(0u32, |acc, c| acc * 10 + c.to_digit(10).unwrap());
    println!("{}", rev_digits);
}
