// Advent-style cube game: "Game 3: 8 green, 6 blue; 20 red" parsed into structs, possibility under limits, minimal set power
#[derive(Debug, Default, Clone, Copy)]
struct Draw {
    red: u32,
    green: u32,
    blue: u32,
}

#[derive(Debug)]
struct Game {
    id: u32,
    draws: Vec<Draw>,
}

const GAMES: &str = "Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green";

fn parse_draw(s: &str) -> Draw {
    let mut d = Draw::default();
    for part in s.split(", ") {
        let (n, colour) = part.trim().split_once(' ').unwrap();
        let n: u32 = n.parse().unwrap();
        match colour {
            "red" => d.red = n,
            "green" => d.green = n,
            "blue" => d.blue = n,
            other => panic!("unknown colour {other}"),
        }
    }
    d
}

fn parse_game(line: &str) -> Game {
    let (head, body) = line.split_once(": ").unwrap();
    let id = head.trim_start_matches("Game ").parse().unwrap();
    Game { id, draws: body.split("; ").map(parse_draw).collect() }
}

impl Game {
    fn possible(&self, limit: Draw) -> bool {
        self.draws.iter().all(|d| d.red <= limit.red && d.green <= limit.green && d.blue <= limit.blue)
    }
    fn minimal(&self) -> Draw {
        self.draws.iter().fold(Draw::default(), |m, d| Draw {
            red: m.red.max(d.red),
            green: m.green.max(d.green),
            blue: m.blue.max(d.blue),
        })
    }
}

fn main() {
    let games: Vec<Game> = GAMES.lines().map(parse_game).collect();
    let limit = Draw { red: 12, green: 13, blue: 14 };
    let possible: u32 = games.iter().filter(|g| g.possible(limit)).map(|g| g.id).sum();
    let power: u32 = games
        .iter()
        .map(|g| {
            let m = g.minimal();
            println!("game {}: {} draws, minimal {:?}", g.id, g.draws.len(), m);
            m.red * m.green * m.blue
        })
        .sum();
    println!("part 1: {possible}");
    println!("part 2: {power}");
    let most_red = games.iter().max_by_key(|g| g.minimal().red).unwrap();
    println!("most red: game {}", most_red.id);
}
