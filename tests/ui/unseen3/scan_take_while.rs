// Stateful adapters: scan for running totals, take_while/skip_while, fold, min_by/max_by and try_fold.
fn main() {
    let deposits = [100, -30, 50, -200, 80, -10];
    let balances: Vec<i32> = deposits
        .iter()
        .scan(0, |bal, &d| {
            *bal += d;
            Some(*bal)
        })
        .collect();
    println!("balances {:?}", balances);

    let until_overdrawn: Vec<i32> = deposits
        .iter()
        .scan(0, |bal, &d| {
            *bal += d;
            if *bal < 0 { None } else { Some(*bal) }
        })
        .collect();
    println!("until overdrawn {:?}", until_overdrawn);

    let line = "    indented text here";
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    let body: String = line.chars().skip_while(|c| c.is_whitespace()).collect();
    println!("indent {indent} body {:?}", body);

    let primes: Vec<u32> = (2..)
        .filter(|n| (2..*n).take_while(|d| d * d <= *n).all(|d| n % d != 0))
        .take_while(|&p| p < 50)
        .collect();
    println!("primes {:?}", primes);

    let fact = (1..=10u64).fold(1, |acc, k| acc * k);
    println!("10! = {fact}");
    let sentence = ["rust", "is", "fun"].iter().fold(String::new(), |mut acc, w| {
        if !acc.is_empty() {
            acc.push('-');
        }
        acc.push_str(w);
        acc
    });
    println!("{sentence}");

    let vals = [3.5, -1.25, 9.0, 2.75];
    let max = vals.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let min = vals.iter().min_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    println!("max {max} min {min}");
    let words = ["kiwi", "banana", "fig", "cherry"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a))));

    let r: Result<i32, String> = ["1", "2", "3"].iter().try_fold(0, |acc, s| s.parse::<i32>().map(|v| acc + v).map_err(|e| e.to_string()));
    println!("{:?}", r);
    let r2: Option<u8> = [100u8, 100, 100].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?}", r2);
    let tri: Vec<u32> = (1..=6).scan((0, 0), |st, n| { st.0 += n; st.1 += 1; Some(st.0 * st.1) }).collect();
    println!("{:?}", tri);
    let cumulative_max: Vec<i32> = [3, 1, 4, 1, 5, 9, 2, 6].iter().scan(i32::MIN, |m, &x| { *m = (*m).max(x); Some(*m) }).collect();
    println!("{:?}", cumulative_max);
    println!("{}", (1..=4).map(|i| i * i).rev().map(|i| i.to_string()).collect::<Vec<_>>().join("+"));
    let mut iter = (1..10).into_iter();
    let firsts: Vec<_> = iter.by_ref().take(3).collect();
    let rest: i32 = iter.sum();
    println!("{:?} rest sum {rest}", firsts);
    println!("any {} all {} count {}", (1..5).any(|x| x > 3), (1..5).all(|x| x > 0), (1..5).filter(|x| x % 2 == 1).count());
}
