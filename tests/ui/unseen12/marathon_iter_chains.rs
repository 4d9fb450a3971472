// Marathon results: iterator chains over a Vec of structs (filter, map, min_by_key, fold, zip, rev).
#[derive(Debug, Clone)]
struct Runner {
    name: &'static str,
    age: u32,
    seconds: u32,
    country: &'static str,
}

fn hms(total: u32) -> String {
    format!("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60)
}

fn category(age: u32) -> &'static str {
    match age {
        0..=19 => "junior",
        20..=39 => "senior",
        40..=59 => "master",
        _ => "veteran",
    }
}

fn main() {
    let runners = vec![
        Runner { name: "Kip", age: 38, seconds: 7299, country: "KEN" },
        Runner { name: "Lena", age: 29, seconds: 8712, country: "GER" },
        Runner { name: "Tomas", age: 45, seconds: 9120, country: "CZE" },
        Runner { name: "Ana", age: 19, seconds: 10400, country: "POR" },
        Runner { name: "Joe", age: 63, seconds: 12800, country: "USA" },
        Runner { name: "Mia", age: 41, seconds: 8999, country: "GER" },
        Runner { name: "Sam", age: 24, seconds: 14500, country: "USA" },
    ];

    let mut ranked: Vec<&Runner> = runners.iter().collect();
    ranked.sort_by_key(|r| r.seconds);
    for (place, r) in ranked.iter().enumerate().take(3) {
        println!("{}. {:<6} {} {}", place + 1, r.name, hms(r.seconds), r.country);
    }

    for cat in ["junior", "senior", "master", "veteran"] {
        let best = runners.iter().filter(|r| category(r.age) == cat).min_by_key(|r| r.seconds);
        match best {
            Some(r) => println!("best {}: {} in {}", cat, r.name, hms(r.seconds)),
            None => println!("best {}: nobody", cat),
        }
    }

    let under_three: Vec<&str> = runners.iter().filter(|r| r.seconds < 3 * 3600).map(|r| r.name).collect();
    println!("under three hours: {:?}", under_three);

    let (sum, count) = runners.iter().filter(|r| r.country == "GER" || r.country == "USA").fold((0, 0), |(s, c), r| (s + r.seconds, c + 1));
    println!("GER+USA average: {}", hms(sum / count));

    let gaps: Vec<u32> = ranked.iter().zip(ranked.iter().skip(1)).map(|(a, b)| b.seconds - a.seconds).collect();
    println!("gaps: {:?}", gaps);
    let last_two: Vec<&str> = ranked.iter().rev().take(2).map(|r| r.name).collect();
    println!("last two: {:?}", last_two);
    let any_teen = runners.iter().any(|r| r.age < 20);
    let all_finished = runners.iter().all(|r| r.seconds < 6 * 3600);
    println!("any teen: {}, all under six hours: {}", any_teen, all_finished);
    let pos = ranked.iter().position(|r| r.name == "Mia").map(|p| p + 1);
    println!("Mia finished {:?}", pos);
    let oldest = runners.iter().max_by_key(|r| r.age).cloned().unwrap();
    println!("oldest: {:?}", oldest);
}
