// A football tournament tally (win 3, draw 1): results parsed, a HashMap of teams, a sorted table.
use std::collections::HashMap;

#[derive(Default, Debug)]
struct Record {
    played: u32,
    won: u32,
    drawn: u32,
    lost: u32,
}

impl Record {
    fn points(&self) -> u32 {
        self.won * 3 + self.drawn
    }
}

fn tally(results: &str) -> Vec<String> {
    let mut table: HashMap<&str, Record> = HashMap::new();
    for line in results.lines() {
        let fields: Vec<&str> = line.split(';').collect();
        if fields.len() != 3 {
            continue;
        }
        let (home, away, outcome) = (fields[0], fields[1], fields[2]);
        let (h, a) = match outcome {
            "win" => ('W', 'L'),
            "loss" => ('L', 'W'),
            "draw" => ('D', 'D'),
            _ => continue,
        };
        for (team, r) in [(home, h), (away, a)] {
            let rec = table.entry(team).or_default();
            rec.played += 1;
            match r {
                'W' => rec.won += 1,
                'L' => rec.lost += 1,
                _ => rec.drawn += 1,
            }
        }
    }
    let mut rows: Vec<(&str, Record)> = table.into_iter().collect();
    rows.sort_by(|(na, ra), (nb, rb)| rb.points().cmp(&ra.points()).then_with(|| na.cmp(nb)));
    let mut out = vec![format!("{:<20} | MP |  W |  D |  L |  P", "Team")];
    for (name, r) in rows {
        out.push(format!("{:<20} | {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", name, r.played, r.won, r.drawn, r.lost, r.points()));
    }
    out
}

fn main() {
    let results = "Allegoric Alaskans;Blithering Badgers;win\n\
                   Devastating Donkeys;Courageous Californians;draw\n\
                   Devastating Donkeys;Allegoric Alaskans;win\n\
                   Courageous Californians;Blithering Badgers;loss\n\
                   Blithering Badgers;Devastating Donkeys;loss\n\
                   Allegoric Alaskans;Courageous Californians;win\n\
                   Nobody;Knows;forfeit\n\
                   broken line";
    for row in tally(results) {
        println!("{}", row);
    }
    println!("{}", tally("").len());
}
