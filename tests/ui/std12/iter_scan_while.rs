// scan with early stop, take_while/skip_while on strings, map_while, step_by edges, by_ref to resume after take_while.
fn main() {
    let deltas = [3, -1, 4, -10, 5];
    let levels: Vec<i32> = deltas.iter().scan(0, |lvl, &d| { *lvl += d; if *lvl < 0 { None } else { Some(*lvl) } }).collect();
    println!("{:?}", levels);
    let fib: Vec<u64> = (0..10).scan((0u64, 1u64), |st, _| { let r = st.0; *st = (st.1, st.0 + st.1); Some(r) }).collect();
    println!("{:?}", fib);
    let s = "   indented text";
    let spaces = s.chars().take_while(|c| *c == ' ').count();
    let rest: String = s.chars().skip_while(|c| c.is_whitespace()).collect();
    println!("{} {:?}", spaces, rest);
    let nums = ["1", "22", "x", "4"];
    let parsed: Vec<i32> = nums.iter().map_while(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    println!("{:?}", (0..=10).step_by(5).collect::<Vec<_>>());
    println!("{:?}", (0..3).step_by(10).collect::<Vec<_>>());
    println!("{:?}", (0..10).rev().step_by(3).collect::<Vec<_>>());
    println!("{:?}", (10..0).step_by(2).collect::<Vec<i32>>());
    println!("{:?}", [1, 2, 3, 4, 5].iter().step_by(2).rev().collect::<Vec<_>>());
    let mut it = [1, 2, 3, 10, 4, 5].into_iter();
    let small: Vec<i32> = it.by_ref().take_while(|&x| x < 5).collect();
    let after: Vec<i32> = it.collect();
    println!("{:?} {:?}", small, after);
    let mut it2 = 1..=10;
    let firsts: Vec<i32> = it2.by_ref().take(3).collect();
    let sum: i32 = it2.sum();
    println!("{:?} {}", firsts, sum);
    let words = ["a", "bb", "ccc", "dd", "e"];
    let growing: Vec<&str> = words.iter().copied().scan(0, |prev, w| { if w.len() > *prev { *prev = w.len(); Some(Some(w)) } else { Some(None) } }).flatten().collect();
    println!("{:?}", growing);
    println!("{:?}", (1..).take_while(|x| x * x < 50).last());
    println!("{:?}", (1..20).skip_while(|x| x % 7 != 0).step_by(3).collect::<Vec<_>>());
}
