// Ranks race results: sort_by with ties, dedup, retain, drain, binary_search on sorted times.
#[derive(Debug, Clone, PartialEq)]
struct Runner {
    name: String,
    seconds: u32,
    club: char,
}

fn main() {
    let mut results: Vec<Runner> = [("Zoe", 301, 'A'), ("Max", 287, 'B'), ("Ida", 301, 'B'), ("Tom", 350, 'A'), ("Eva", 275, 'C'), ("Max", 287, 'B')]
        .iter()
        .map(|&(n, s, c)| Runner { name: n.to_string(), seconds: s, club: c })
        .collect();
    results.sort_by(|a, b| a.seconds.cmp(&b.seconds).then_with(|| a.name.cmp(&b.name)));
    results.dedup();
    for (i, r) in results.iter().enumerate() {
        println!("{}. {:<4} {}:{:02} ({})", i + 1, r.name, r.seconds / 60, r.seconds % 60, r.club);
    }
    let times: Vec<u32> = results.iter().map(|r| r.seconds).collect();
    for t in [287, 300, 400] {
        match times.binary_search(&t) {
            Ok(i) => println!("{}s found at place {}", t, i + 1),
            Err(i) => println!("{}s would be place {}", t, i + 1),
        }
    }
    let podium: Vec<Runner> = results.drain(..3).collect();
    println!("podium: {:?}", podium.iter().map(|r| r.name.as_str()).collect::<Vec<_>>());
    println!("others: {}", results.len());
    results.retain(|r| r.club != 'A');
    println!("not club A: {:?}", results);
    let mut clubs: Vec<char> = podium.iter().map(|r| r.club).collect();
    clubs.sort();
    clubs.dedup();
    println!("clubs on podium: {:?}", clubs);
}
