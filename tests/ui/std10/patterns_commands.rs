// patterns: slices, @, ranges, matches!, let-else, labelled breaks
#[derive(Debug)]
enum Cmd { Move { dx: i32, dy: i32 }, Say(String), Quit }
fn classify(xs: &[i32]) -> String {
    match xs {
        [] => "empty".into(),
        [x] => format!("one {x}"),
        [first, .., last] if first == last => format!("same ends {first}"),
        [first, rest @ ..] => format!("first {first} then {}", rest.len()),
    }
}
fn grade(n: u32) -> char { match n { 90..=100 => 'A', 80..=89 => 'B', x @ 60..=79 if x % 2 == 0 => 'C', 60..=79 => 'c', _ => 'F' } }
fn parse(line: &str) -> Option<Cmd> {
    let mut parts = line.split_whitespace();
    let Some(head) = parts.next() else { return None; };
    match head {
        "move" => { let dx = parts.next()?.parse().ok()?; let dy = parts.next()?.parse().ok()?; Some(Cmd::Move { dx, dy }) }
        "say" => Some(Cmd::Say(parts.collect::<Vec<_>>().join(" "))),
        "quit" => Some(Cmd::Quit),
        _ => None,
    }
}
fn main() {
    for xs in [&[][..], &[4], &[1, 2, 1], &[1, 2, 3]] { println!("{}", classify(xs)); }
    println!("{:?}", [95, 85, 70, 71, 10].map(grade));
    let mut pos = (0, 0);
    for l in ["move 1 2", "say hi there", "bogus", "move x 1", "quit", "move 5 5"] {
        match parse(l) {
            Some(Cmd::Move { dx, dy: d @ 0..=10 }) => { pos.0 += dx; pos.1 += d; }
            Some(Cmd::Move { .. }) => println!("too far"),
            Some(Cmd::Say(ref s)) if s.is_empty() => println!("silence"),
            Some(Cmd::Say(s)) => println!("said {s}"),
            Some(Cmd::Quit) => break,
            None => println!("bad: {l}"),
        }
    }
    println!("{:?}", pos);
    println!("{}", matches!(parse("quit"), Some(Cmd::Quit)));
    let found = 'outer: loop {
        for i in 1.. { for j in 1..i { if i * j == 42 && j > 3 { break 'outer (i, j); } } if i > 50 { break 'outer (0, 0); } }
    };
    println!("{:?}", found);
    let t = (1, ("a", 2.5), [3, 4]);
    let (a, (b, c), [d, e]) = t;
    println!("{a} {b} {c} {d} {e}");
    let opt_ref = &Some(String::from("x"));
    if let Some(s) = opt_ref { println!("{}", s.len()); }
    let ch = 'k';
    println!("{}", match ch { 'a' | 'e' | 'i' | 'o' | 'u' => "vowel", 'a'..='z' => "consonant", _ => "other" });
}
