// long adapter chains after flat_map: each closure's argument is the item of an adapter several levels down
fn neighbours(r: usize, c: usize) -> impl Iterator<Item = (usize, usize)> {
    (-1i32..=1)
        .flat_map(|dr| (-1i32..=1).map(move |dc| (dr, dc)))
        .filter(|&d| d != (0, 0))
        .map(move |(dr, dc)| (r as i32 + dr, c as i32 + dc))
        .filter(|&(y, x)| (0..4).contains(&y) && (0..4).contains(&x))
        .map(|(y, x)| (y as usize, x as usize))
}

fn main() {
    println!("{:?}", neighbours(0, 0).collect::<Vec<_>>());
    println!("{}", neighbours(1, 2).count());
    let n = (0i32..3)
        .flat_map(|a| (0i32..2).map(move |b| (a, b)))
        .map(|p| p)
        .map(|(a, b)| (b, a))
        .map(|p| p.0 * 10 + p.1)
        .filter(|v| v % 2 == 0)
        .map(|v| v as u64)
        .sum::<u64>();
    println!("{n}");
    let words: Vec<String> = ["ab cd", "ef"]
        .iter()
        .flat_map(|l| l.split(' ').map(|w| w.to_uppercase()))
        .map(|w| w + "!")
        .filter(|w| w.len() > 1)
        .map(|w| w.chars().rev().collect::<String>())
        .map(|w| format!("<{w}>"))
        .collect();
    println!("{:?}", words);
}
