// Iterator sources and combinators: cycle().take, zip of three, once/repeat/repeat_n/empty/successors/from_fn, rposition, chain.
use std::iter;

fn main() {
    let colours = ["red", "green", "blue"];
    println!("{:?}", colours.iter().cycle().take(7).collect::<Vec<_>>());
    println!("{:?}", (1..=3).cycle().skip(2).take(5).collect::<Vec<_>>());
    let a = [1, 2, 3, 4];
    let b = ['x', 'y', 'z'];
    let c = [true, false, true, false, true];
    let zipped: Vec<(i32, char, bool)> = a.iter().zip(b.iter()).zip(c.iter()).map(|((&x, &y), &z)| (x, y, z)).collect();
    println!("{:?}", zipped);
    println!("{:?}", iter::zip(a, b).collect::<Vec<_>>());
    println!("{:?}", iter::once(0).chain(5..7).chain(iter::once(99)).collect::<Vec<_>>());
    println!("{:?}", iter::repeat("ab").take(3).collect::<String>());
    println!("{:?}", iter::repeat_n('-', 5).collect::<String>());
    let e: Vec<i32> = iter::empty().collect();
    println!("{:?} cap {}", e, e.capacity());
    let powers: Vec<u32> = iter::successors(Some(1u32), |&x| x.checked_mul(10)).collect();
    println!("{:?}", powers);
    let collatz: Vec<u64> = iter::successors(Some(6u64), |&n| if n == 1 { None } else if n % 2 == 0 { Some(n / 2) } else { Some(3 * n + 1) }).collect();
    println!("{:?}", collatz);
    let mut state = 1;
    let doubles: Vec<i32> = iter::from_fn(|| { state *= 2; if state < 100 { Some(state) } else { None } }).collect();
    println!("{:?}", doubles);
    let mut count = 0;
    let counter = iter::from_fn(move || { count += 1; Some(count) });
    println!("{:?}", counter.take(4).collect::<Vec<_>>());
    println!("{:?} {:?}", a.iter().rposition(|&x| x % 2 == 1), a.iter().rposition(|&x| x > 10));
    let lines = iter::repeat_with(|| String::from("row")).take(2).collect::<Vec<_>>();
    println!("{:?}", lines);
    let interleaved: String = "abc".chars().zip("123".chars()).flat_map(|(l, d)| [l, d]).collect();
    println!("{}", interleaved);
    let (short, long) = ([1, 2], [10, 20, 30]);
    println!("{}", short.iter().zip(long.iter()).map(|(x, y)| x * y).sum::<i32>());
    println!("{:?}", (0..5).zip((0..5).skip(1)).collect::<Vec<_>>());
}
