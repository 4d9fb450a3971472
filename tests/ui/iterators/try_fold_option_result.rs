// try_fold stops at the first None or Err its closure returns; otherwise it wraps the final accumulator.
fn factorial(n: u64) -> Option<u64> {
    (1..=n).try_fold(1u64, |acc, k| acc.checked_mul(k))
}

fn parse_sum(items: &[&str]) -> Result<i32, String> {
    items.iter().try_fold(0, |acc, s| {
        let n: i32 = s.trim().parse().map_err(|_| format!("bad number {:?}", s))?;
        Ok(acc + n)
    })
}

fn main() {
    for n in [0, 5, 20, 21] {
        println!("{}! = {:?}", n, factorial(n));
    }
    println!("{:?}", parse_sum(&["1", " 2", "3 "]));
    println!("{:?}", parse_sum(&["1", "x", "3"]));
    let mut it = [1u8, 100, 100, 50].iter();
    let r = it.try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} then {:?}", r, it.next());
    let words = vec!["alpha", "beta", "gamma"];
    let total = words.iter().try_fold(String::new(), |mut acc, w| {
        if w.len() > 4 { acc.push_str(w); Some(acc) } else { None }
    });
    println!("{:?}", total);
}
