// A museum lists its exhibits through a trait with a default method and trait objects of three kinds.
trait Exhibit {
    fn title(&self) -> String;
    fn room(&self) -> u32;
    fn fragile(&self) -> bool {
        false
    }
    fn label(&self) -> String {
        let mark = if self.fragile() { " (do not touch)" } else { "" };
        format!("[room {}] {}{}", self.room(), self.title(), mark)
    }
}

struct Painting {
    name: String,
    artist: String,
    year: u16,
}

struct Fossil {
    species: String,
    age_myears: f64,
}

struct Vase {
    dynasty: &'static str,
    height_cm: u32,
}

impl Exhibit for Painting {
    fn title(&self) -> String {
        format!("{} by {} ({})", self.name, self.artist, self.year)
    }
    fn room(&self) -> u32 {
        if self.year < 1800 { 1 } else { 2 }
    }
}

impl Exhibit for Fossil {
    fn title(&self) -> String {
        format!("{}, {:.1} million years", self.species, self.age_myears)
    }
    fn room(&self) -> u32 {
        3
    }
    fn fragile(&self) -> bool {
        self.age_myears > 100.0
    }
}

impl Exhibit for Vase {
    fn title(&self) -> String {
        format!("{} vase, {} cm", self.dynasty, self.height_cm)
    }
    fn room(&self) -> u32 {
        4
    }
    fn fragile(&self) -> bool {
        true
    }
}

fn count_fragile(items: &[Box<dyn Exhibit>]) -> usize {
    items.iter().filter(|e| e.fragile()).count()
}

fn main() {
    let mut hall: Vec<Box<dyn Exhibit>> = Vec::new();
    hall.push(Box::new(Painting { name: String::from("Sunflowers"), artist: String::from("Van Gogh"), year: 1888 }));
    hall.push(Box::new(Fossil { species: String::from("Trilobite"), age_myears: 521.0 }));
    hall.push(Box::new(Vase { dynasty: "Ming", height_cm: 42 }));
    hall.push(Box::new(Painting { name: String::from("Night Watch"), artist: String::from("Rembrandt"), year: 1642 }));
    hall.push(Box::new(Fossil { species: String::from("Mammoth tusk"), age_myears: 0.04 }));

    hall.sort_by_key(|e| e.room());
    for e in &hall {
        println!("{}", e.label());
    }
    println!("fragile exhibits: {}", count_fragile(&hall));
    let rooms: Vec<u32> = hall.iter().map(|e| e.room()).collect();
    println!("rooms visited: {:?}", rooms);
    let longest = hall.iter().map(|e| e.title()).max_by_key(|t| t.len()).unwrap();
    println!("longest title: {}", longest);
}
