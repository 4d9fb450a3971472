// Aggregates the ingredients of several recipes into one shopping list, scaled by servings, sorted by aisle.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Aisle {
    Produce,
    Dairy,
    Bakery,
    Pantry,
}

struct Ingredient {
    name: String,
    grams: u32,
    aisle: Aisle,
}

struct Recipe {
    title: String,
    serves: u32,
    items: Vec<Ingredient>,
}

impl Recipe {
    fn new(title: &str, serves: u32) -> Self {
        Recipe { title: title.to_string(), serves, items: Vec::new() }
    }

    fn with(mut self, name: &str, grams: u32, aisle: Aisle) -> Self {
        self.items.push(Ingredient { name: name.to_string(), grams, aisle });
        self
    }
}

fn shopping_list(plan: &[(&Recipe, u32)]) -> Vec<(Aisle, String, u32)> {
    let mut totals: HashMap<(Aisle, String), u32> = HashMap::new();
    for (recipe, people) in plan {
        for item in &recipe.items {
            let scaled = item.grams * people / recipe.serves;
            *totals.entry((item.aisle, item.name.clone())).or_insert(0) += scaled;
        }
    }
    let mut list: Vec<(Aisle, String, u32)> =
        totals.into_iter().map(|((aisle, name), g)| (aisle, name, g)).collect();
    list.sort();
    list
}

fn main() {
    let pancakes = Recipe::new("Pancakes", 4)
        .with("flour", 200, Aisle::Pantry)
        .with("milk", 300, Aisle::Dairy)
        .with("eggs", 120, Aisle::Dairy)
        .with("blueberries", 150, Aisle::Produce);
    let salad = Recipe::new("Salad", 2)
        .with("lettuce", 180, Aisle::Produce)
        .with("feta", 100, Aisle::Dairy)
        .with("tomato", 160, Aisle::Produce);
    let toast = Recipe::new("Garlic toast", 6)
        .with("bread", 360, Aisle::Bakery)
        .with("butter", 60, Aisle::Dairy)
        .with("garlic", 30, Aisle::Produce);

    let plan = [(&pancakes, 6), (&salad, 3), (&toast, 3)];
    for (r, p) in &plan {
        println!("{} (serves {}) x {} people, {} ingredients", r.title, r.serves, p, r.items.len());
    }

    let list = shopping_list(&plan);
    let mut current: Option<Aisle> = None;
    let mut total = 0;
    for (aisle, name, grams) in &list {
        if current != Some(*aisle) {
            println!("== {:?} ==", aisle);
            current = Some(*aisle);
        }
        println!("  {:<12}{:>6} g", name, grams);
        total += grams;
    }
    println!("{} items, {} g in total", list.len(), total);
}
