// Student records sorted by several keys, deduplicated, searched with binary_search_by and grouped
#[derive(Debug, Clone, PartialEq)]
struct Record {
    surname: String,
    year: u8,
    score: u32,
}

fn rec(surname: &str, year: u8, score: u32) -> Record {
    Record { surname: surname.to_string(), year, score }
}

fn main() {
    let mut records = vec![
        rec("Okafor", 2, 81),
        rec("Lindqvist", 1, 95),
        rec("Moreau", 2, 81),
        rec("Okafor", 2, 81),
        rec("Abe", 3, 67),
        rec("Lindqvist", 1, 95),
        rec("Zhou", 1, 88),
        rec("Moreau", 3, 74),
    ];
    println!("{} records", records.len());
    records.sort_by(|a, b| a.surname.cmp(&b.surname).then(a.year.cmp(&b.year)));
    records.dedup();
    println!("{} after dedup", records.len());
    for r in &records {
        println!("{:<10} y{} {:>3}", r.surname, r.year, r.score);
    }

    match records.binary_search_by(|r| r.surname.as_str().cmp("Moreau")) {
        Ok(i) => println!("found Moreau at {}", i),
        Err(i) => println!("Moreau would go at {}", i),
    }
    match records.binary_search_by(|r| r.surname.as_str().cmp("Nash")) {
        Ok(i) => println!("found Nash at {}", i),
        Err(i) => println!("Nash would go at {}", i),
    }

    let mut ranking = records.clone();
    ranking.sort_by_key(|r| (std::cmp::Reverse(r.score), r.surname.clone()));
    let podium: Vec<String> = ranking.iter().take(3).map(|r| format!("{}({})", r.surname, r.score)).collect();
    println!("podium: {}", podium.join(", "));

    for year in 1..=3u8 {
        let in_year: Vec<&Record> = records.iter().filter(|r| r.year == year).collect();
        let best = in_year.iter().map(|r| r.score).max().unwrap_or(0);
        println!("year {}: {} students, best {}", year, in_year.len(), best);
    }
    records.retain(|r| r.score >= 75);
    println!("kept: {:?}", records.iter().map(|r| &r.surname).collect::<Vec<_>>());
    let mut scores: Vec<u32> = records.iter().map(|r| r.score).collect();
    scores.sort_unstable_by(|a, b| b.cmp(a));
    println!("scores desc: {:?}, chunks: {:?}", scores, scores.chunks(2).collect::<Vec<_>>());
}
