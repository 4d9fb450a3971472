// Python list comprehensions ported to iterator chains: filter, map, collect, enumerate, zip, sum and nested loops.
fn main() {
    let numbers: Vec<i32> = (1..=12).collect();

    // [x * x for x in numbers if x % 2 == 0]
    let even_squares: Vec<i32> = numbers.iter().filter(|&&x| x % 2 == 0).map(|x| x * x).collect();
    println!("even squares: {:?}", even_squares);

    // [(i, w) for i, w in enumerate(words) if len(w) > 3]
    let words = vec!["apple", "fig", "banana", "kiwi", "plum", "cherry"];
    let long_words: Vec<(usize, &str)> = words.iter().enumerate().filter(|(_, w)| w.len() > 3).map(|(i, w)| (i, *w)).collect();
    println!("long words: {:?}", long_words);

    // dict(zip(names, scores))
    let names = vec!["ann", "ben", "cat"];
    let scores = vec![91, 78, 85];
    let pairs: Vec<String> = names.iter().zip(scores.iter()).map(|(n, s)| format!("{}={}", n, s)).collect();
    println!("pairs: {}", pairs.join(" "));

    // [[i * j for j in range(1, 4)] for i in range(1, 4)]
    let table: Vec<Vec<i32>> = (1..4).map(|i| (1..4).map(|j| i * j).collect()).collect();
    for row in &table {
        println!("{:?}", row);
    }

    // [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0]
    let combos: Vec<(i32, i32)> = (1..5).flat_map(|a| (a..5).map(move |b| (a, b))).filter(|(a, b)| (a + b) % 3 == 0).collect();
    println!("combos: {:?}", combos);

    // sum(len(w) for w in words), max(words, key=len)
    let total_len: usize = words.iter().map(|w| w.len()).sum();
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("total length {}, longest {}", total_len, longest);

    // any / all
    println!("any > 10: {}, all > 0: {}", numbers.iter().any(|&x| x > 10), numbers.iter().all(|&x| x > 0));

    // [w.upper() for w in words][::2]
    let upper_every_other: Vec<String> = words.iter().map(|w| w.to_uppercase()).step_by(2).collect();
    println!("{:?}", upper_every_other);

    // reversed(sorted(set(chars)))
    let mut chars: Vec<char> = "mississippi".chars().collect();
    chars.sort();
    chars.dedup();
    chars.reverse();
    let s: String = chars.into_iter().collect();
    println!("unique reversed: {}", s);

    // averages per position: [sum(col) / len(col) for col in zip(*rows)]
    let rows = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let averages: Vec<f64> = (0..3).map(|c| rows.iter().map(|r| r[c]).sum::<f64>() / rows.len() as f64).collect();
    println!("averages: {:?}", averages);
}
