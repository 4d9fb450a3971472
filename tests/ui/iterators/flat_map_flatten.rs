// flat_map and flatten over nested collections and Options.
fn main() {
    let words = ["ab", "cde"];
    let chars: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("{chars:?}");
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{flat:?}");
    let pairs: Vec<(i32, i32)> = (1..=3).flat_map(|a| (a..=3).map(move |b| (a, b))).collect();
    println!("{pairs:?}");
    let opts = [Some(1), None, Some(3)];
    println!("{}", opts.iter().flatten().sum::<i32>());
}
