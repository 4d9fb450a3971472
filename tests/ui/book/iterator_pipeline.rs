// Iterators: chained adapters — enumerate, zip, chain, skip_while, take_while, step_by, flat_map, rev, windows.
fn main() {
    let v = vec![5, 12, 7, 3, 20, 8, 1];
    let indexed: Vec<(usize, i32)> = v.iter().copied().enumerate().filter(|(i, _)| i % 2 == 0).collect();
    println!("{:?}", indexed);
    let names = ["ann", "bob", "cy"];
    let ages = [31, 25, 47, 99];
    let pairs: Vec<String> = names.iter().zip(ages.iter()).map(|(n, a)| format!("{n}:{a}")).collect();
    println!("{}", pairs.join(","));
    let chained: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", chained);
    let tw: Vec<&i32> = v.iter().take_while(|&&x| x > 4).collect();
    let sw: Vec<&i32> = v.iter().skip_while(|&&x| x > 4).collect();
    println!("{:?} {:?}", tw, sw);
    let stepped: Vec<u32> = (0..20).step_by(6).collect();
    println!("{:?}", stepped);
    let fm: Vec<char> = names.iter().flat_map(|n| n.chars()).collect();
    println!("{:?}", fm);
    let rev: Vec<i32> = v.iter().rev().skip(1).map(|x| x * 10).collect();
    println!("{:?}", rev);
    let diffs: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", diffs);
    let chunk_sums: Vec<i32> = v.chunks(3).map(|c| c.iter().sum()).collect();
    println!("{:?}", chunk_sums);
    let (small, big): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 8);
    println!("{:?} {:?}", small, big);
    let (ns, ls): (Vec<&str>, Vec<usize>) = names.iter().map(|n| (*n, n.len())).unzip();
    println!("{:?} {:?}", ns, ls);
    println!("{:?} {:?}", v.iter().min_by_key(|x| (*x - 10).abs()), v.iter().max_by(|a, b| a.cmp(b)));
    let product: i64 = (1..=10).map(|x| x as i64).product();
    println!("{product}");
    let mut it = v.iter().peekable();
    let mut runs = Vec::new();
    while let Some(&x) = it.next() {
        if let Some(&&nx) = it.peek() {
            runs.push(if nx > x { '+' } else { '-' });
        }
    }
    println!("{}", runs.iter().collect::<String>());
    let found = v.iter().find_map(|&x| if x > 10 { Some(x * 100) } else { None });
    println!("{:?} {}", found, v.iter().filter(|x| **x > 5).count());
    let s: String = vec!["a", "b", "c"].into_iter().rev().collect();
    println!("{s} {:?}", (1..4).map(|i| i * i).last());
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?} {}", flat, (1..=4).fold(0, |a, b| a * 10 + b));
    let sc: Vec<i32> = (1..=5).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", sc);
}
