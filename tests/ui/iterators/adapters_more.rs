// Iterator adapters written in the prelude: step_by, scan, flatten, by_ref, min/max_by_key, partition, unzip, cycle.
fn main() {
    let v: Vec<i32> = (0..20).step_by(3).collect();
    println!("{:?}", v);
    let w: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", w);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let mut r = 0..10;
    let firsts: Vec<i32> = r.by_ref().take(3).collect();
    let rest: i32 = r.sum();
    println!("{:?} {}", firsts, rest);
    let words = ["apple", "fig", "banana", "kiwi"];
    println!("{:?} {:?}", words.iter().min_by_key(|w| w.len()), words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len())));
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..=10).partition(|x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);
    println!("{}", ('a'..='e').count());
    let s: Vec<i32> = (1..10).skip_while(|x| *x < 4).take_while(|x| *x < 8).collect();
    println!("{:?}", s);
    println!("{:?}", (1..5).reduce(|a, b| a * b));
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'a'), (2, 'b')].into_iter().unzip();
    println!("{:?} {:?}", a, b);
    let c: Vec<i32> = (1..4).cycle().take(7).collect();
    println!("{:?}", c);
    println!("{:?}", ["1", "x", "3"].iter().find_map(|s| s.parse::<i32>().ok()));
}
