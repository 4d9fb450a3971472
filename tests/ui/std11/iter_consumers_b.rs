// Iterator consumers: partition, unzip, product, min_by, max_by_key, last, nth, sum of floats, zip of three.
fn main() {
    let nums = [4, -2, 9, 0, -7, 3];
    let (pos, neg): (Vec<i32>, Vec<i32>) = nums.iter().partition(|&&x| x >= 0);
    println!("{:?} {:?}", pos, neg);
    let pairs = vec![("a", 1), ("b", 2), ("c", 3)];
    let (letters, values): (Vec<&str>, Vec<i32>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?}", letters, values);
    let fact: u64 = (1..=15).product();
    println!("{}", fact);
    let prod: f64 = [0.5, 4.0, 1.5].iter().product();
    println!("{}", prod);
    let fsum: f64 = [0.1f64, 0.2, 0.3, 0.4].iter().sum();
    let fsum32: f32 = vec![0.1f32; 10].into_iter().sum();
    println!("{} {}", fsum, fsum32);
    let mean = nums.iter().sum::<i32>() as f64 / nums.len() as f64;
    println!("{:.3}", mean);
    println!("{:?}", nums.iter().min_by(|a, b| (a.abs()).cmp(&b.abs())));
    println!("{:?}", nums.iter().max_by_key(|x| x.abs()));
    println!("{:?} {:?}", nums.iter().last(), nums.iter().nth(2));
    let mut it = nums.iter();
    println!("{:?} {:?} {:?}", it.nth(1), it.nth(1), it.nth(10));
    let a = [1, 2, 3];
    let b = ["one", "two", "three"];
    let c = [1.5, 2.5, 3.5];
    for ((x, y), z) in a.iter().zip(b.iter()).zip(c.iter()) {
        println!("{} {} {}", x, y, z);
    }
    let triples: Vec<(i32, &str, f64)> = a.iter().zip(b).zip(c).map(|((x, y), z)| (*x, y, z)).collect();
    println!("{:?}", triples);
    let dot: i32 = a.iter().zip(a.iter().rev()).map(|(x, y)| x * y).sum();
    println!("{}", dot);
    let names = ["x", "y"];
    let idx: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("{}{}", n, i)).collect();
    println!("{:?}", idx);
    println!("{}", (1..=3).map(|i| i.to_string()).collect::<Vec<_>>().join("+"));
    println!("{:?}", nums.iter().copied().min());
    println!("{:?}", ["bb", "a", "ccc"].iter().max_by(|x, y| x.len().cmp(&y.len())));
    println!("{:?}", (1..=6).rev().collect::<Vec<u8>>());
    println!("{}", (1..=100).filter(|n| n % 7 == 0).count());
    println!("{:?}", std::iter::zip([1, 2], ['a', 'b']).collect::<Vec<_>>());
    println!("{}", ["a", "b"].iter().cmp(["a", "c"].iter()) == std::cmp::Ordering::Less);
    println!("{}", (1..3).eq([1, 2].iter().copied()));
    let sum_sq: u32 = (1..=10u32).map(|x| x.pow(2)).sum();
    println!("{}", sum_sq);
}
