// Iterator adapters: scan, take_while, skip_while, map_while, step_by, chain, cycle().take, fuse, inspect.
fn main() {
    let v = [1, 2, 3, 4, 5, 6, 7, 8];
    let running: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", running);
    let limited: Vec<i32> = v.iter().scan(1, |p, &x| { *p *= x; if *p > 100 { None } else { Some(*p) } }).collect();
    println!("{:?}", limited);
    println!("{:?}", v.iter().take_while(|&&x| x < 4).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip_while(|&&x| x < 6).collect::<Vec<_>>());
    let words = ["12", "7", "x", "9"];
    println!("{:?}", words.iter().map_while(|w| w.parse::<u32>().ok()).collect::<Vec<_>>());
    println!("{:?}", (0..20).step_by(7).collect::<Vec<_>>());
    println!("{:?}", (1..=3).chain(7..9).chain(std::iter::once(100)).collect::<Vec<_>>());
    println!("{:?}", ["a", "b", "c"].iter().copied().cycle().take(7).collect::<String>());
    let mut it = [1, 2].iter().fuse();
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());
    let sum: i32 = v.iter().inspect(|x| print!("<{}>", x)).filter(|&&x| x % 3 == 0).sum();
    println!(" sum {}", sum);
    println!("{:?}", v.iter().skip(2).take(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().skip(1).step_by(2).collect::<Vec<_>>());
    println!("{:?}", v.chunks(3).map(|c| c.len()).collect::<Vec<_>>());
    println!("{:?}", v.iter().enumerate().filter(|(i, _)| i % 3 == 0).map(|(_, x)| x).collect::<Vec<_>>());
    println!("{:?}", (1..4).flat_map(|i| (0..i).map(move |j| (i, j))).collect::<Vec<_>>());
    println!("{:?}", vec![vec![1], vec![2, 3]].into_iter().flatten().collect::<Vec<_>>());
    println!("{:?}", (1..=4).map(|x| x * x).rev().collect::<Vec<_>>());
    println!("{}", (1..=5).fold(String::new(), |acc, x| if acc.is_empty() { x.to_string() } else { acc + "-" + &x.to_string() }));
    println!("{:?}", (1..=10).reduce(|a, b| a.max(b)));
    println!("{:?}", (1..10).try_fold(0i8, |acc, x| acc.checked_add(x * 10)));
    println!("{} {}", (1..=4).all(|x| x > 0), (1..=4).any(|x| x > 3));
    println!("{:?} {:?}", (1..=4).find(|x| x % 2 == 0), (1..=4).find_map(|x| if x > 2 { Some(x * 100) } else { None }));
    println!("{}", v.iter().copied().filter(|x| x % 2 == 1).count());
    let mut peek = v.iter().peekable();
    while let Some(x) = peek.next() {
        if let Some(&&next) = peek.peek() {
            print!("{}->{} ", x, next);
        }
    }
    println!();
}
