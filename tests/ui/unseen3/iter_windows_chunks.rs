// Iterator adapters over slices: windows, chunks, zip, step_by, peekable grouping and rev.
fn group_runs(v: &[i32]) -> Vec<(i32, usize)> {
    let mut out = Vec::new();
    let mut it = v.iter().peekable();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while let Some(&&y) = it.peek() {
            if y != x {
                break;
            }
            n += 1;
            it.next();
        }
        out.push((x, n));
    }
    out
}

fn main() {
    let temps = [12, 14, 13, 17, 21, 21, 19, 25];
    let rises: Vec<i32> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("diffs {:?}", rises);
    let increasing = temps.windows(2).filter(|w| w[1] > w[0]).count();
    println!("{increasing} increases");
    let avgs: Vec<f32> = temps.windows(3).map(|w| w.iter().sum::<i32>() as f32 / 3.0).collect();
    println!("moving avg {:.2?}", avgs);

    for (i, chunk) in temps.chunks(3).enumerate() {
        println!("chunk {i}: {:?} max {:?}", chunk, chunk.iter().max());
    }
    let exact: Vec<i32> = temps.chunks_exact(3).map(|c| c.iter().product()).collect();
    println!("products {:?}", exact);

    let names = ["ann", "ben", "cat", "dan"];
    let ages = vec![31, 25, 40];
    for (name, age) in names.iter().zip(ages.iter()) {
        println!("{name} is {age}");
    }
    let pairs: Vec<(usize, char)> = (0..).step_by(5).zip("abcd".chars()).collect();
    println!("{:?}", pairs);
    let odds: Vec<u32> = (1..20).step_by(4).rev().collect();
    println!("{:?}", odds);

    println!("{:?}", group_runs(&[1, 1, 2, 3, 3, 3, 1]));
    println!("{:?}", group_runs(&[]));

    let mut it = [10, 20, 30].iter().peekable();
    while let Some(x) = it.next() {
        match it.peek() {
            Some(next) => println!("{x} then {next}"),
            None => println!("{x} is last"),
        }
    }
    let words = ["apple", "bob", "kayak", "rust", "noon"];
    let last_pal = words.iter().rev().find(|w| w.chars().eq(w.chars().rev()));
    println!("{:?}", last_pal);
    let flat: Vec<char> = words.iter().flat_map(|w| w.chars().take(2)).collect();
    println!("{}", flat.iter().collect::<String>());
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() <= 4);
    println!("{:?} {:?}", short, long);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat2: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?} last {:?} nth {:?}", flat2, flat2.iter().last(), flat2.iter().nth(1));
    let mut chunks_mut = [0u8; 7];
    for (i, c) in chunks_mut.chunks_mut(3).enumerate() {
        c.fill(i as u8 + 1);
    }
    println!("{:?}", chunks_mut);
}
