package main

import (
	"context"
	"net/http"

	chassis "github.halyard.example/halyard/service-chassis-go"
)

func main() {
	svc := chassis.New("${{ values.name }}")

	svc.Router().Get("/v1/hello", func(w http.ResponseWriter, r *http.Request) {
		chassis.JSON(w, http.StatusOK, map[string]string{"message": "hello from ${{ values.name }}"})
	})

	// Run blocks until SIGTERM, then drains in-flight requests.
	if err := svc.Run(context.Background()); err != nil {
		svc.Logger().Error("server stopped", "err", err)
	}
}
